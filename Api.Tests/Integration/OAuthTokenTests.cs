using System.Net;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>The RFC 6749 token endpoint behind Swagger UI's Authorize dialog.</summary>
[TestClass]
public sealed class OAuthTokenTests
{
    private const string TokenUrl = "/api/login/token";
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PostFormAsync(params (string Key, string Value)[] fields) =>
        factory.CreateClient().PostAsync(TokenUrl, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value))));

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, string error)
    {
        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.AreEqual(error, body.GetProperty("error").GetString());
        Assert.IsFalse(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
        Assert.AreEqual(400, body.GetProperty("code").GetInt32());
        Assert.AreEqual("Bad Request", body.GetProperty("message").GetString());
        Assert.AreEqual(JsonValueKind.Array, body.GetProperty("details").ValueKind);
    }

    [TestMethod]
    public async Task ThePasswordGrantReturnsBearerTokensThatMustNotBeCached()
    {
        var response = await PostFormAsync(("grant_type", "password"), ("username", CoreApiFactory.Username), ("password", CoreApiFactory.Password), ("scope", ""));

        var body = await HttpAssert.JsonAsync(response);
        Assert.AreEqual("Bearer", body.GetProperty("token_type").GetString());
        Assert.AreEqual(600, body.GetProperty("expires_in").GetInt64());
        Assert.AreEqual("access", Jwt.Payload(body.GetProperty("access_token").GetString()!).GetProperty("usefor").GetString());
        Assert.AreEqual("refresh", Jwt.Payload(body.GetProperty("refresh_token").GetString()!).GetProperty("usefor").GetString());
        Assert.AreEqual("no-store", response.Headers.CacheControl?.ToString());
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(body.GetProperty("access_token").GetString()!).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task TheRefreshGrantReturnsANewAccessToken()
    {
        var (_, refresh) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await PostFormAsync(("grant_type", "refresh_token"), ("refresh_token", refresh)));

        Assert.AreEqual("Bearer", body.GetProperty("token_type").GetString());
        Assert.IsFalse(body.TryGetProperty("refresh_token", out _));
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(body.GetProperty("access_token").GetString()!).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task AWrongPasswordIsAnInvalidGrant()
    {
        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "password"), ("username", CoreApiFactory.Username), ("password", "wrong")), "invalid_grant");
    }

    [TestMethod]
    public async Task AnAccessTokenIsNotARefreshGrant()
    {
        var (access, _) = await factory.LoginAsync();

        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "refresh_token"), ("refresh_token", access)), "invalid_grant");
    }

    [TestMethod]
    public async Task AForgedRefreshTokenIsAnInvalidGrant()
    {
        var forged = Jwt.Sign(Encoding.UTF8.GetBytes("not-the-key"), Jwt.Claims(use: "refresh", lifetime: 86400));

        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "refresh_token"), ("refresh_token", forged)), "invalid_grant");
    }

    [TestMethod]
    public async Task MissingParametersAreAnInvalidRequest()
    {
        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "password"), ("username", CoreApiFactory.Username)), "invalid_request");
        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "refresh_token")), "invalid_request");
        await AssertOAuthErrorAsync(await PostFormAsync(("username", CoreApiFactory.Username), ("password", CoreApiFactory.Password)), "invalid_request");
    }

    [TestMethod]
    public async Task ARepeatedParameterIsAnInvalidRequest()
    {
        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "password"), ("grant_type", "password"), ("username", CoreApiFactory.Username), ("password", CoreApiFactory.Password)), "invalid_request");
    }

    [TestMethod]
    public async Task AnotherGrantTypeIsUnsupported()
    {
        await AssertOAuthErrorAsync(await PostFormAsync(("grant_type", "client_credentials")), "unsupported_grant_type");
    }

    [TestMethod]
    public async Task AJsonBodyIsAnInvalidRequest()
    {
        var response = await factory.CreateClient().PostAsync(TokenUrl, new StringContent(
            """{"grant_type":"password","username":"admin","password":"x"}""", Encoding.UTF8, "application/json"));

        await AssertOAuthErrorAsync(response, "invalid_request");
    }

    [TestMethod]
    public async Task AFailedPasswordGrantWaitsLikeAFailedLogin()
    {
        using var slow = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:login:failure_delay_ms"] = "1000" });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await slow.CreateClient().PostAsync(TokenUrl, new FormUrlEncodedContent(
            [KeyValuePair.Create("grant_type", "password"), KeyValuePair.Create("username", "admin"), KeyValuePair.Create("password", "wrong")]));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.IsTrue(clock.Elapsed >= TimeSpan.FromMilliseconds(1000), $"answered after {clock.ElapsedMilliseconds} ms");
    }
}
