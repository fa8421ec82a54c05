using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Logout (RFC 7009 revocation) and refresh-token rotation with reuse detection, through HTTP.</summary>
[TestClass]
public sealed class LogoutAndRotationTests
{
    private const string Refresh = "/api/login/refresh";
    private const string Protected = "/api/v3/metadata";

    private static Dictionary<string, string?> Rotation(int overlapSeconds = 0) => new()
    {
        ["api:auth:jwt:rotate_refresh"] = "true",
        ["api:auth:jwt:rotation_overlap_seconds"] = overlapSeconds.ToString(),
    };

    private static Task<HttpResponseMessage> LogoutAsync(HttpClient client, string token) =>
        client.PostAsync("/api/logout", new FormUrlEncodedContent([KeyValuePair.Create("token", token), KeyValuePair.Create("token_type_hint", "refresh_token")]));

    [TestMethod]
    public async Task LogoutRevokesTheRefreshTokenAndTheCurrentAccessToken()
    {
        using var factory = new CoreApiFactory();
        var (access, refresh) = await factory.LoginAsync();

        var response = await LogoutAsync(factory.CreateClient(access), refresh);

        Assert.AreEqual("{}", (await HttpAssert.JsonAsync(response)).GetRawText());
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(refresh).GetAsync(Refresh));
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(access).GetAsync(Protected));
    }

    [TestMethod]
    public async Task LogoutLeavesOtherLoginsAlone()
    {
        using var factory = new CoreApiFactory();
        var mine = await factory.LoginAsync();
        var other = await factory.LoginAsync();

        await LogoutAsync(factory.CreateClient(), mine.Refresh);

        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(other.Refresh).GetAsync(Refresh)).StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(other.Access).GetAsync(Protected)).StatusCode);
    }

    [TestMethod]
    public async Task LogoutAcceptsTheRefreshTokenAsJson()
    {
        using var factory = new CoreApiFactory();
        var (_, refresh) = await factory.LoginAsync();

        await factory.CreateClient().PostAsJsonAsync("/api/logout", new { refresh_token = refresh });

        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(refresh).GetAsync(Refresh));
    }

    [TestMethod]
    [DataRow("garbage")]
    [DataRow("")]
    public async Task LogoutWithAnInvalidTokenStillAnswers200(string token)
    {
        using var factory = new CoreApiFactory();

        await HttpAssert.JsonAsync(await LogoutAsync(factory.CreateClient(), token));
        await HttpAssert.JsonAsync(await factory.CreateClient().PostAsync("/api/logout", null));
    }

    [TestMethod]
    public async Task LoggingOutTwiceAnswers200BothTimes()
    {
        using var factory = new CoreApiFactory();
        var (_, refresh) = await factory.LoginAsync();

        await HttpAssert.JsonAsync(await LogoutAsync(factory.CreateClient(), refresh));
        await HttpAssert.JsonAsync(await LogoutAsync(factory.CreateClient(), refresh));
    }

    [TestMethod]
    public async Task ARevocationSurvivesARestart()
    {
        var directory = TempDirectory.Create();
        string access, refresh;
        using (var before = new CoreApiFactory(directory))
        {
            (access, refresh) = await before.LoginAsync();
            await LogoutAsync(before.CreateClient(access), refresh);
        }

        using var after = new CoreApiFactory(directory);

        await HttpAssert.UnauthorizedAsync(await after.CreateClient(refresh).GetAsync(Refresh));
        await HttpAssert.UnauthorizedAsync(await after.CreateClient(access).GetAsync(Protected));
    }

    [TestMethod]
    public async Task WithoutRotationARefreshAnswersAnAccessTokenOnlyAsDatarheiDoes()
    {
        using var factory = new CoreApiFactory();
        var (_, refresh) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await factory.CreateClient(refresh).GetAsync(Refresh));

        CollectionAssert.AreEqual(new[] { "access_token" }, body.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [TestMethod]
    public async Task WithRotationEachRefreshReturnsTheNextRefreshToken()
    {
        using var factory = new CoreApiFactory(overrides: Rotation());
        var (_, first) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await factory.CreateClient(first).GetAsync(Refresh));
        var second = body.GetProperty("refresh_token").GetString()!;
        var third = await HttpAssert.JsonAsync(await factory.CreateClient(second).GetAsync(Refresh));

        Assert.AreEqual("refresh", Jwt.Payload(second).GetProperty("usefor").GetString());
        Assert.AreEqual(Jwt.Payload(first).GetProperty("exp").GetInt64(), Jwt.Payload(second).GetProperty("exp").GetInt64());
        Assert.IsTrue(third.TryGetProperty("refresh_token", out _));
    }

    [TestMethod]
    public async Task ReusingARotatedRefreshTokenRevokesTheWholeFamily()
    {
        using var factory = new CoreApiFactory(overrides: Rotation(overlapSeconds: 0));
        var (_, first) = await factory.LoginAsync();
        var second = (await HttpAssert.JsonAsync(await factory.CreateClient(first).GetAsync(Refresh))).GetProperty("refresh_token").GetString()!;
        await Task.Delay(1100); // past the zero-second overlap; time is whole seconds

        var reuse = await factory.CreateClient(first).GetAsync(Refresh);

        await HttpAssert.UnauthorizedAsync(reuse);
        Assert.AreEqual("Bearer realm=\"datarhei-core\", error=\"invalid_token\"", reuse.Headers.WwwAuthenticate.ToString());
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(second).GetAsync(Refresh));
    }

    [TestMethod]
    public async Task TheRefreshGrantRotatesToo()
    {
        using var factory = new CoreApiFactory(overrides: Rotation());
        var (_, refresh) = await factory.LoginAsync();

        var response = await factory.CreateClient().PostAsync("/api/login/token", new FormUrlEncodedContent(
            [KeyValuePair.Create("grant_type", "refresh_token"), KeyValuePair.Create("refresh_token", refresh)]));

        Assert.IsTrue((await HttpAssert.JsonAsync(response)).TryGetProperty("refresh_token", out _));
    }

    [TestMethod]
    public async Task ALogoutBodyOverTheLimitIs413()
    {
        using var factory = new CoreApiFactory();

        var response = await factory.CreateClient().PostAsync("/api/logout", new StringContent("token=" + new string('x', 20_000), Encoding.UTF8, "application/x-www-form-urlencoded"));

        await HttpAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "Payload Too Large");
    }
}
