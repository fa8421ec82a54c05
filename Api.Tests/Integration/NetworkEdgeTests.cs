using System.Net;
using CoreApi.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace CoreApi.Tests.Integration;

/// <summary>Forwarded headers only from trusted proxies; CORS without credentials.</summary>
[TestClass]
public sealed class NetworkEdgeTests
{
    private static Task<HttpContext> SendAsync(CoreApiFactory factory, string remote, string path, string? forwardedFor = null) =>
        factory.SendFromAsync(remote, path, forwardedFor);

    [TestMethod]
    public async Task ATrustedProxyMayVouchForALoopbackClient()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:auth:disable_localhost"] = "true",
            ["api:trusted_proxies:0"] = "10.1.1.0/24",
        });

        Assert.AreEqual(200, (await SendAsync(factory, "10.1.1.5", "/api/v3/metadata", "127.0.0.1")).Response.StatusCode);
        Assert.AreEqual(401, (await SendAsync(factory, "10.1.1.5", "/api/v3/metadata", "198.51.100.9")).Response.StatusCode);
        Assert.AreEqual(401, (await SendAsync(factory, "203.0.113.7", "/api/v3/metadata", "127.0.0.1")).Response.StatusCode);
    }

    [TestMethod]
    public async Task BehindATrustedProxyALoopbackPeerIsNotLocalWhenItForwardsARemoteClient()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:auth:disable_localhost"] = "true",
            ["api:trusted_proxies:0"] = "127.0.0.1",
        });

        Assert.AreEqual(401, (await SendAsync(factory, "127.0.0.1", "/api/v3/metadata", "198.51.100.9")).Response.StatusCode);
    }

    [TestMethod]
    public void AnInvalidProxyRefusesToStartNamingTheSetting()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:trusted_proxies:0"] = "not-an-ip" });

        var error = Startup.Refusal(factory);

        StringAssert.Contains(error.Message, "api.trusted_proxies (CORE_API_TRUSTED_PROXIES)");
    }

    [TestMethod]
    public async Task TheAccessListsRefuseBlockedAndUnlistedAddressesBeforeAnythingElse()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:access:http:allow:0"] = "192.0.2.0/24",
            ["api:access:http:block:0"] = "192.0.2.66",
        });

        Assert.AreEqual(200, (await SendAsync(factory, "192.0.2.10", "/ping")).Response.StatusCode);
        var blocked = await SendAsync(factory, "192.0.2.66", "/ping");
        var unlisted = await SendAsync(factory, "198.51.100.1", "/api");
        Assert.AreEqual(403, blocked.Response.StatusCode);
        Assert.AreEqual(403, unlisted.Response.StatusCode);
        Assert.AreEqual("application/json; charset=utf-8", unlisted.Response.ContentType);
    }

    [TestMethod]
    public async Task ByDefaultAnyOriginMayCallWithTheAuthorizationHeaderButNeverWithCredentials()
    {
        using var factory = new CoreApiFactory();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v3/metadata");
        preflight.Headers.Add("Origin", "https://ui.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");

        var response = await factory.CreateClient().SendAsync(preflight);

        Assert.AreEqual("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.IsFalse(response.Headers.Contains("Access-Control-Allow-Credentials"));
        StringAssert.Contains(response.Headers.GetValues("Access-Control-Allow-Headers").Single(), "authorization");
    }

    [TestMethod]
    public async Task ConfiguredOriginsAreTheOnlyOnesAllowed()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:cors:origins:0"] = "https://ui.example.com" });
        var client = factory.CreateClient();

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api");
        allowed.Headers.Add("Origin", "https://ui.example.com");
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api");
        other.Headers.Add("Origin", "https://evil.example");

        Assert.AreEqual("https://ui.example.com", (await client.SendAsync(allowed)).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.IsFalse((await client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
