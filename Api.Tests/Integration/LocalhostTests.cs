using System.Net;
using CoreApi.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace CoreApi.Tests.Integration;

/// <summary><c>api.auth.disable_localhost</c>: loopback peers need no token; what counts is the socket, never a header.</summary>
[TestClass]
public sealed class LocalhostTests
{
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) =>
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:disable_localhost"] = "true" });

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpContext> SendAsync(string remote, string path, string? forwardedFor = null, string? bearer = null) =>
        factory.SendFromAsync(remote, path, forwardedFor, bearer);

    [TestMethod]
    [DataRow("127.0.0.1")]
    [DataRow("::1")]
    public async Task ALoopbackPeerNeedsNoToken(string remote)
    {
        Assert.AreEqual(StatusCodes.Status200OK, (await SendAsync(remote, "/api/v3/metadata")).Response.StatusCode);
    }

    [TestMethod]
    public async Task ALoopbackPeerGetsTheCompleteAbout()
    {
        var context = await SendAsync("127.0.0.1", "/api");

        using var body = System.Text.Json.JsonDocument.Parse(context.Response.Body);
        Assert.IsTrue(body.RootElement.TryGetProperty("id", out _));
    }

    [TestMethod]
    public async Task ARemotePeerStillNeedsAToken()
    {
        Assert.AreEqual(StatusCodes.Status401Unauthorized, (await SendAsync("203.0.113.7", "/api/v3/metadata")).Response.StatusCode);
    }

    [TestMethod]
    [DataRow("127.0.0.1")]
    [DataRow("127.0.0.1, 203.0.113.7")]
    [DataRow("::1")]
    public async Task ForwardedForCannotMakeARemotePeerLocal(string forwardedFor)
    {
        var context = await SendAsync("203.0.113.7", "/api/v3/metadata", forwardedFor);

        Assert.AreEqual(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    [TestMethod]
    public async Task ALoopbackPeerStillNeedsARefreshTokenToRefresh()
    {
        var (access, _) = await factory.LoginAsync();

        Assert.AreEqual(401, (await SendAsync("127.0.0.1", "/api/login/refresh")).Response.StatusCode, "no token");
        Assert.AreEqual(401, (await SendAsync("127.0.0.1", "/api/login/refresh", bearer: access)).Response.StatusCode, "an access token");
    }

    [TestMethod]
    public async Task ALoopbackPeerCanRefresh()
    {
        var (_, refresh) = await factory.LoginAsync();

        var context = await SendAsync("127.0.0.1", "/api/login/refresh", bearer: refresh);

        Assert.AreEqual(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [TestMethod]
    public async Task WithTheSkipOffALoopbackPeerNeedsAToken()
    {
        using var strict = new CoreApiFactory();

        var context = await strict.SendFromAsync("127.0.0.1", "/api/v3/metadata");

        Assert.AreEqual(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }
}
