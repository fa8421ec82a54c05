using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoreApi.Tests.Integration;

/// <summary>Which tokens open <c>/api/v3/</c>: tokens of a login, and tokens minted with datarhei's key derivation; nothing else.</summary>
[TestClass]
public sealed class AccessTokenTests
{
    private const string Protected = "/api/v3/metadata";
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> GetWithTokenAsync(string token) => factory.CreateClient(token).GetAsync(Protected);

    private static string Forge(Action<Dictionary<string, object?>> change, string algorithm = "HS256", Dictionary<string, object?>? header = null, byte[]? key = null)
    {
        var claims = Jwt.Claims();
        change(claims);
        return Jwt.Sign(key ?? factory.SigningKey, claims, header ?? new Dictionary<string, object?> { ["alg"] = algorithm, ["typ"] = "JWT" }, algorithm);
    }

    [TestMethod]
    public async Task TheAccessTokenOfALoginOpensTheProtectedApi()
    {
        var (access, _) = await factory.LoginAsync();

        Assert.AreEqual(HttpStatusCode.OK, (await GetWithTokenAsync(access)).StatusCode);
    }

    [TestMethod]
    public async Task ATokenMintedWithDatarheisKeyDerivationIsAccepted()
    {
        var token = Jwt.Sign(Encoding.UTF8.GetBytes(CoreApiFactory.Username + CoreApiFactory.Password + CoreApiFactory.Secret), Jwt.Claims());

        Assert.AreEqual(HttpStatusCode.OK, (await GetWithTokenAsync(token)).StatusCode);
    }

    [TestMethod]
    [DataRow("bearer")]
    [DataRow("BEARER")]
    [DataRow("Bearer")]
    public async Task TheSchemeWordIsCaseInsensitive(string scheme)
    {
        var (access, _) = await factory.LoginAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"{scheme} {access}");

        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync(Protected)).StatusCode);
    }

    [TestMethod]
    public async Task NoTokenIsUnauthorizedWithABearerChallenge()
    {
        var response = await factory.CreateClient().GetAsync(Protected);

        await HttpAssert.UnauthorizedAsync(response);
        Assert.AreEqual("Bearer realm=\"datarhei-core\"", response.Headers.WwwAuthenticate.ToString());
    }

    [TestMethod]
    public async Task ARefusedTokenIsUnauthorizedWithAnInvalidTokenChallenge()
    {
        var response = await GetWithTokenAsync("garbage");

        await HttpAssert.UnauthorizedAsync(response);
        Assert.AreEqual("Bearer realm=\"datarhei-core\", error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [TestMethod]
    public async Task ARefreshTokenCannotCallTheApi()
    {
        var (_, refresh) = await factory.LoginAsync();

        await HttpAssert.UnauthorizedAsync(await GetWithTokenAsync(refresh));
    }

    [TestMethod]
    public async Task ATokenInTheQueryStringOrACookieIsIgnored()
    {
        var (access, _) = await factory.LoginAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"access_token={access}");

        await HttpAssert.UnauthorizedAsync(await client.GetAsync($"{Protected}?access_token={access}&token={access}"));
    }

    [TestMethod]
    public async Task ATokenAfterAnotherSchemeWordIsRefused()
    {
        var (access, _) = await factory.LoginAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", access);

        await HttpAssert.UnauthorizedAsync(await client.GetAsync(Protected));
    }

    public static IEnumerable<object[]> ForgedTokens()
    {
        yield return ["alg none, unsigned", (Func<string>)(() => Jwt.Unsigned(Jwt.Claims()))];
        yield return ["HS384", () => Forge(_ => { }, "HS384")];
        yield return ["HS512", () => Forge(_ => { }, "HS512")];
        yield return ["RS256 header over an HMAC signature", () => Forge(_ => { }, header: new() { ["alg"] = "RS256", ["typ"] = "JWT" })];
        yield return ["no exp", () => Forge(c => c.Remove("exp"))];
        yield return ["expired by one second", () => Forge(c => { c["iat"] = (long)c["iat"]! - 601; c["exp"] = (long)c["iat"]! + 600; })];
        yield return ["nbf in the future", () => Forge(c => c["nbf"] = (long)c["iat"]! + 120)];
        yield return ["iat in the future", () => Forge(c => { c["iat"] = (long)c["iat"]! + 120; c["exp"] = (long)c["iat"]! + 600; })];
        yield return ["iat not a number", () => Forge(c => c["iat"] = "yesterday")];
        yield return ["wrong iss", () => Forge(c => c["iss"] = "someone-else")];
        yield return ["no iss", () => Forge(c => c.Remove("iss"))];
        yield return ["unknown sub", () => Forge(c => c["sub"] = "mallory")];
        yield return ["sub in other case", () => Forge(c => c["sub"] = "ADMIN")];
        yield return ["no sub", () => Forge(c => c.Remove("sub"))];
        yield return ["usefor refresh", () => Forge(c => c["usefor"] = "refresh")];
        yield return ["usefor in other case", () => Forge(c => c["usefor"] = "Access")];
        yield return ["usefor a number", () => Forge(c => c["usefor"] = 1)];
        yield return ["no usefor", () => Forge(c => c.Remove("usefor"))];
        yield return ["wrong key", () => Forge(_ => { }, key: Encoding.UTF8.GetBytes("admin" + "other-password" + CoreApiFactory.Secret))];
        yield return ["the bare secret as key", () => Forge(_ => { }, key: Encoding.UTF8.GetBytes(CoreApiFactory.Secret))];
        yield return ["tampered payload", () => Tamper(Forge(_ => { }))];
        yield return ["stripped signature", () => StripSignature(Forge(_ => { }))];
        yield return ["two dots only", () => ".."];
        yield return ["broken base64", () => "eyJ!!!.eyJ@@@.abc"];
        yield return ["kid header", () => Forge(_ => { }, header: new() { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = "1" })];
        yield return ["jku header", () => Forge(_ => { }, header: new() { ["alg"] = "HS256", ["typ"] = "JWT", ["jku"] = "https://evil.example/jwks.json" })];
        yield return ["x5u header", () => Forge(_ => { }, header: new() { ["alg"] = "HS256", ["typ"] = "JWT", ["x5u"] = "https://evil.example/cert.pem" })];
        yield return ["jwk header", () => Forge(_ => { }, header: new() { ["alg"] = "HS256", ["typ"] = "JWT", ["jwk"] = new { kty = "oct", k = "AAAA" } })];
        yield return ["oversized", () => Forge(c => c["pad"] = new string('x', 5000))];
    }

    public static string DisplayName(System.Reflection.MethodInfo _, object?[]? data) => $"A forged token is refused: {data![0]}";

    [TestMethod]
    [DynamicData(nameof(ForgedTokens), DynamicDataDisplayName = nameof(DisplayName))]
    public async Task AForgedTokenIsRefused(string variant, Func<string> forge)
    {
        var response = await GetWithTokenAsync(forge());

        await HttpAssert.UnauthorizedAsync(response);
        Assert.AreEqual("Bearer realm=\"datarhei-core\", error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), variant);
    }

    [TestMethod]
    public async Task TwoAuthorizationHeadersAreRefused()
    {
        var (access, _) = await factory.LoginAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", [$"Bearer {access}", $"Bearer {access}"]);

        await HttpAssert.UnauthorizedAsync(await client.GetAsync(Protected));
    }

    [TestMethod]
    [DataRow(0, "=", DisplayName = "header with =")]
    [DataRow(1, "=", DisplayName = "payload with =")]
    [DataRow(2, "=", DisplayName = "signature with =")]
    [DataRow(1, "==", DisplayName = "payload with ==")]
    public async Task ATokenWhoseSegmentsCarryBase64PaddingIsRefusedAsDatarheiRefusesIt(int segment, string padding)
    {
        var (access, _) = await factory.LoginAsync();
        var parts = access.Split('.');
        parts[segment] += padding;

        await HttpAssert.UnauthorizedAsync(await GetWithTokenAsync(string.Join('.', parts)));
        Assert.AreEqual(HttpStatusCode.OK, (await GetWithTokenAsync(access)).StatusCode, "the token itself is valid");
    }

    [TestMethod]
    public async Task AnExpiredTokenIsRefusedWhileTheSameTokenUnexpiredIsAccepted()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var valid = Forge(c => { c["iat"] = now - 595; c["exp"] = now + 5; });
        var expired = Forge(c => { c["iat"] = now - 601; c["exp"] = now - 1; });

        Assert.AreEqual(HttpStatusCode.OK, (await GetWithTokenAsync(valid)).StatusCode);
        await HttpAssert.UnauthorizedAsync(await GetWithTokenAsync(expired));
    }

    private static string StripSignature(string token) => token[..(token.LastIndexOf('.') + 1)];

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var claims = Jwt.Claims(subject: "admin");
        claims["exp"] = (long)claims["exp"]! + 86400 * 365;
        return $"{parts[0]}.{Jwt.Segment(claims)}.{parts[2]}";
    }

    [TestMethod]
    [DataRow("expired", DisplayName = "expired")]
    [DataRow("invalid signature", DisplayName = "forged")]
    public async Task EachRefusedTokenCarriesItsReasonAsTheAuthenticationFailure(string reason)
    {
        var token = reason == "expired"
            ? Forge(claims => claims["exp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds())
            : Forge(_ => { }, key: Encoding.UTF8.GetBytes("another key"));

        for (var request = 0; request < 2; request++)
        {
            using var scope = factory.Services.CreateScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Headers.Authorization = $"Bearer {token}";

            var result = await context.AuthenticateAsync(AuthSchemes.AccessScheme);

            Assert.AreEqual($"Token refused: {reason}", result.Failure?.Message);
        }
    }
}
