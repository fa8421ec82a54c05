using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class LoginTests
{
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json") =>
        factory.CreateClient().PostAsync("/api/login", new StringContent(body, Encoding.UTF8, contentType));

    [TestMethod]
    public async Task ValidCredentialsReturnAnAccessAndARefreshToken()
    {
        var body = await HttpAssert.JsonAsync(await PostAsync($$"""{"username":"{{CoreApiFactory.Username}}","password":"{{CoreApiFactory.Password}}"}"""));

        CollectionAssert.AreEquivalent(new[] { "access_token", "refresh_token" }, body.EnumerateObject().Select(p => p.Name).ToArray());
        var access = body.GetProperty("access_token").GetString()!;
        var refresh = body.GetProperty("refresh_token").GetString()!;
        Assert.AreEqual("""{"alg":"HS256","typ":"JWT"}""", Jwt.Header(access).GetRawText());
        Assert.AreEqual("""{"alg":"HS256","typ":"JWT"}""", Jwt.Header(refresh).GetRawText());
    }

    [TestMethod]
    public async Task TokensCarryDatarheiClaimsWithTheirLifetimes()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var (access, refresh) = await factory.LoginAsync();
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        foreach (var (token, use, lifetime) in new[] { (access, "access", 600L), (refresh, "refresh", 86400L) })
        {
            var claims = Jwt.Payload(token);
            CollectionAssert.AreEquivalent(new[] { "exi", "exp", "iat", "iss", "jti", "sub", "usefor" }, claims.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.AreEqual("datarhei-core", claims.GetProperty("iss").GetString());
            Assert.AreEqual(CoreApiFactory.Username, claims.GetProperty("sub").GetString());
            Assert.AreEqual(use, claims.GetProperty("usefor").GetString());
            var iat = claims.GetProperty("iat").GetInt64();
            Assert.IsTrue(iat >= before && iat <= after);
            Assert.AreEqual(iat + lifetime, claims.GetProperty("exp").GetInt64());
            Assert.AreEqual(lifetime, claims.GetProperty("exi").GetInt64());
            Assert.IsTrue(Guid.TryParse(claims.GetProperty("jti").GetString(), out _));
        }

        Assert.AreEqual(Jwt.Payload(access).GetProperty("iat").GetInt64(), Jwt.Payload(refresh).GetProperty("iat").GetInt64());
        Assert.AreNotEqual(Jwt.Payload(access).GetProperty("jti").GetString(), Jwt.Payload(refresh).GetProperty("jti").GetString());
    }

    [TestMethod]
    public async Task EveryLoginGetsFreshTokenIds()
    {
        var first = await factory.LoginAsync();
        var second = await factory.LoginAsync();

        Assert.AreNotEqual(Jwt.Payload(first.Access).GetProperty("jti").GetString(), Jwt.Payload(second.Access).GetProperty("jti").GetString());
        Assert.AreNotEqual(Jwt.Payload(first.Refresh).GetProperty("jti").GetString(), Jwt.Payload(second.Refresh).GetProperty("jti").GetString());
    }

    [TestMethod]
    public async Task CredentialKeysMatchCaseInsensitively()
    {
        await HttpAssert.JsonAsync(await PostAsync($$"""{"UserName":"{{CoreApiFactory.Username}}","PASSWORD":"{{CoreApiFactory.Password}}"}"""));
    }

    [TestMethod]
    [DataRow("Application/JSON")]
    [DataRow("application/vnd.api+json")]
    public async Task AnyJsonContentTypeIsAccepted(string contentType)
    {
        await HttpAssert.JsonAsync(await PostAsync($$"""{"username":"{{CoreApiFactory.Username}}","password":"{{CoreApiFactory.Password}}"}""", contentType));
    }

    [TestMethod]
    [DataRow("", "application/json", DisplayName = "empty body")]
    [DataRow("not json", "application/json", DisplayName = "not JSON")]
    [DataRow("""{"username":"admin","password":"x"}""", "text/plain", DisplayName = "content type not JSON")]
    [DataRow("""{"username":"admin","password":"x"}""", "text/json", DisplayName = "text/json (not documented, not read)")]
    [DataRow("""{"username":"admin","password":"x"}""", "application/x-www-form-urlencoded", DisplayName = "form content type")]
    [DataRow("""["admin","x"]""", "application/json", DisplayName = "JSON array")]
    [DataRow("\"admin\"", "application/json", DisplayName = "JSON string")]
    [DataRow("{}", "application/json", DisplayName = "empty object")]
    [DataRow("""{"password":"x"}""", "application/json", DisplayName = "missing username")]
    [DataRow("""{"username":"admin"}""", "application/json", DisplayName = "missing password")]
    [DataRow("""{"username":"","password":"x"}""", "application/json", DisplayName = "empty username")]
    [DataRow("""{"username":"admin","password":""}""", "application/json", DisplayName = "empty password")]
    [DataRow("""{"username":null,"password":"x"}""", "application/json", DisplayName = "null username")]
    [DataRow("""{"username":"admin","password":null}""", "application/json", DisplayName = "null password")]
    [DataRow("""{"username":1,"password":"x"}""", "application/json", DisplayName = "numeric username")]
    [DataRow("""{"username":"admin","password":["x"]}""", "application/json", DisplayName = "array password")]
    public async Task MissingCredentialsAreABadRequest(string body, string contentType)
    {
        await HttpAssert.ErrorAsync(await PostAsync(body, contentType), HttpStatusCode.BadRequest, "Bad Request", "Missing authorization credentials");
    }

    [TestMethod]
    public async Task NoBodyAtAllIsABadRequest()
    {
        var response = await factory.CreateClient().PostAsync("/api/login", null);

        await HttpAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "Bad Request", "Missing authorization credentials");
    }

    [TestMethod]
    [DataRow("nobody", CoreApiFactory.Password, DisplayName = "unknown user")]
    [DataRow(CoreApiFactory.Username, "wrong", DisplayName = "wrong password")]
    [DataRow("ADMIN", CoreApiFactory.Password, DisplayName = "user name in other case")]
    [DataRow(" admin", CoreApiFactory.Password, DisplayName = "user name with leading space")]
    [DataRow(CoreApiFactory.Username, CoreApiFactory.Password + " ", DisplayName = "password with trailing space")]
    [DataRow(CoreApiFactory.Username, "S3CRET-PASSW0RD", DisplayName = "password in other case")]
    public async Task WrongUserOrPasswordGetTheSameUnauthorizedAnswer(string username, string password)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { username, password });

        await HttpAssert.ErrorAsync(await PostAsync(body), HttpStatusCode.Unauthorized, "Unauthorized",
            "Invalid authorization credentials: invalid username or password");
    }

    [TestMethod]
    public async Task ALocalTokenInTheHeaderIsNotALoginCredential()
    {
        var (access, refresh) = await factory.LoginAsync();
        foreach (var token in new[] { access, refresh })
        {
            var client = factory.CreateClient(token);

            var response = await client.PostAsync("/api/login", null);

            await HttpAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "Bad Request", "Missing authorization credentials");
        }
    }

    [TestMethod]
    public async Task ABodyOverTheLimitIsRefusedWith413()
    {
        var password = new string('a', 20 * 1024);

        var response = await PostAsync($$"""{"username":"admin","password":"{{password}}"}""");

        await HttpAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "Payload Too Large");
    }

    [TestMethod]
    public async Task LoginIsNotFoundWhenAuthenticationIsDisabled()
    {
        using var disabled = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:enable"] = "false" });

        var response = await disabled.CreateClient().PostAsync("/api/login",
            new StringContent("""{"username":"admin","password":"x"}""", Encoding.UTF8, "application/json"));

        await HttpAssert.ErrorAsync(response, HttpStatusCode.NotFound, "Not Found", "Authentication is disabled");
    }
}
