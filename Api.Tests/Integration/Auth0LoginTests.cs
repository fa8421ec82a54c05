using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Auth0 login against a real loopback key-set server with keys made in the test (RSA and EC).</summary>
[TestClass]
public sealed class Auth0LoginTests
{
    private const string Audience = "https://core.example/api";
    private const string Alice = "auth0|alice";

    private static JwksServer tenant = null!;
    private static CoreApiFactory factory = null!;
    private static readonly JwksServer.SigningKey Rsa = JwksServer.NewRsaKey("rsa-1");
    private static readonly JwksServer.SigningKey Ec = JwksServer.NewEcKey("ec-1");

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        tenant = await JwksServer.StartAsync();
        tenant.Publish(Rsa);
        tenant.Publish(Ec);
        factory = new CoreApiFactory(overrides: Auth0Settings(tenant));
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        factory.Dispose();
        await tenant.DisposeAsync();
    }

    public static Dictionary<string, string?> Auth0Settings(JwksServer server, params string[] users) => new()
    {
        ["api:auth:auth0:enable"] = "true",
        ["api:auth:auth0:allow_loopback_http"] = "true",
        ["api:auth:auth0:jwks_refresh_floor_seconds"] = "1",
        ["api:auth:auth0:tenants:0:domain"] = server.Domain,
        ["api:auth:auth0:tenants:0:audience"] = Audience,
        ["api:auth:auth0:tenants:0:clientid"] = "client-1",
        ["api:auth:auth0:tenants:0:users:0"] = users.Length > 0 ? users[0] : Alice,
    };

    private static Task<HttpResponseMessage> LoginAsync(string token, CoreApiFactory? target = null, HttpContent? body = null)
    {
        var client = (target ?? factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.PostAsync("/api/login", body);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode, text);
        using var body = JsonDocument.Parse(text);
        Assert.AreEqual("Unauthorized", body.RootElement.GetProperty("message").GetString());
        Assert.AreEqual($"Invalid authorization credentials: {reason}", body.RootElement.GetProperty("details")[0].GetString(), text);
    }

    [TestMethod]
    [DataRow("RSA")]
    [DataRow("EC")]
    public async Task AValidAuth0TokenLogsInAndTheLocalTokensRefreshAndReachV3(string kind)
    {
        var key = kind == "RSA" ? Rsa : Ec;

        var body = await HttpAssert.JsonAsync(await LoginAsync(key.Sign(tenant, Alice, Audience)));

        var access = body.GetProperty("access_token").GetString()!;
        var refresh = body.GetProperty("refresh_token").GetString()!;
        Assert.AreEqual(Alice, Jwt.Payload(access).GetProperty("sub").GetString());
        Assert.AreEqual("datarhei-core", Jwt.Payload(access).GetProperty("iss").GetString());
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(access).GetAsync("/api/v3/metadata")).StatusCode);
        var renewed = await HttpAssert.JsonAsync(await factory.CreateClient(refresh).GetAsync("/api/login/refresh"));
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(renewed.GetProperty("access_token").GetString()!).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task TheSchemeWordIsCaseInsensitiveOnTheAuth0PathToo()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "bearer " + Rsa.Sign(tenant, Alice, Audience));

        Assert.AreEqual(HttpStatusCode.OK, (await client.PostAsync("/api/login", null)).StatusCode);
    }

    public static IEnumerable<object[]> RefusedTokens()
    {
        yield return ["wrong audience", (Func<string>)(() => Rsa.Sign(tenant, Alice, "https://other.example/api")), "the token is not for this API (aud)"];
        yield return ["no audience", () => Rsa.Sign(tenant, Alice, Audience, c => c.Remove("aud")), "the token is not for this API (aud)"];
        yield return ["wrong azp", () => Rsa.Sign(tenant, Alice, Audience, c => c["azp"] = "client-2"), "the token was issued to another client (azp)"];
        yield return ["no azp", () => Rsa.Sign(tenant, Alice, Audience, c => c.Remove("azp")), "the token was issued to another client (azp)"];
        yield return ["no exp", () => Rsa.Sign(tenant, Alice, Audience, c => c.Remove("exp")), "the token has no expiry (exp)"];
        yield return ["expired", () => Rsa.Sign(tenant, Alice, Audience, c => { c["iat"] = (long)c["iat"] - 700; c["exp"] = (long)c["iat"] + 600; }), "the token has expired"];
        yield return ["nbf in the future", () => Rsa.Sign(tenant, Alice, Audience, c => c["nbf"] = (long)c["iat"] + 300), "the token is not valid yet (nbf)"];
        yield return ["unknown issuer", () => Rsa.Sign(tenant, Alice, Audience, c => c["iss"] = "https://evil.example/"), "the issuer is not a configured Auth0 tenant"];
        yield return ["issuer a number", () => Rsa.Sign(tenant, Alice, Audience, c => c["iss"] = 42), "malformed token"];
        yield return ["no kid", () => Unsign(Rsa.Sign(tenant, Alice, Audience), header => header.Remove("kid"), resign: Rsa), "the token names no signing key (kid)"];
        yield return ["kid a number", () => Unsign(Rsa.Sign(tenant, Alice, Audience), header => header["kid"] = 7, resign: Rsa), "malformed token"];
        yield return ["sub a number", () => Rsa.Sign(tenant, Alice, Audience, c => c["sub"] = 42), "the user is not allowed to log in"];
        yield return ["no sub", () => Rsa.Sign(tenant, Alice, Audience, c => c.Remove("sub")), "the token has no subject"];
        yield return ["alg none", () => Unsign(Rsa.Sign(tenant, Alice, Audience), header => header["alg"] = "none"), "the token's algorithm does not match its key"];
        yield return ["HS256 keyed with the public key", () => HmacWithPublicKey(), "the token's algorithm does not match its key"];
        yield return ["tampered payload", () => Tamper(Rsa.Sign(tenant, "auth0|mallory", Audience)), "the token's signature is invalid"];
        yield return ["signed by another key with the same kid", () => JwksServer.NewRsaKey("rsa-1").Sign(tenant, Alice, Audience), "the token's signature is invalid"];
        yield return ["user not in the list", () => Rsa.Sign(tenant, "auth0|mallory", Audience), "the user is not allowed to log in"];
        yield return ["user not in the list, bad signature", () => JwksServer.NewRsaKey("rsa-1").Sign(tenant, "auth0|mallory", Audience), "the token's signature is invalid"];
        yield return ["broken base64", () => "eyJ!!.eyJ@@.sig", "malformed token"];
        yield return ["huge header", () => Unsign(Rsa.Sign(tenant, Alice, Audience), header => header["x"] = new string('x', 9000), resign: Rsa), "malformed token"];
    }

    public static string DisplayName(System.Reflection.MethodInfo _, object?[]? data) => $"An Auth0 token is refused: {data![0]}";

    [TestMethod]
    [DynamicData(nameof(RefusedTokens), DynamicDataDisplayName = nameof(DisplayName))]
    public async Task AnAuth0TokenIsRefused(string variant, Func<string> token, string reason)
    {
        await AssertRefusedAsync(await LoginAsync(token()), reason);
    }

    [TestMethod]
    public async Task AnRsaKeyPublishedForAnotherAlgorithmIsNotUsed()
    {
        await using var server = await JwksServer.StartAsync();
        var key = JwksServer.NewRsaKey("rsa-384");
        server.Publish(key, alg: "RS384");
        using var target = new CoreApiFactory(overrides: Auth0Settings(server));

        await AssertRefusedAsync(await LoginAsync(key.Sign(server, Alice, Audience), target), "the token's algorithm does not match its key");
    }

    [TestMethod]
    public async Task AnUnknownKidIsRefusedUntilTheTenantPublishesTheKey()
    {
        await using var server = await JwksServer.StartAsync();
        server.Publish(Rsa);
        using var target = new CoreApiFactory(overrides: Auth0Settings(server));
        var rotated = JwksServer.NewRsaKey("rsa-2");

        await AssertRefusedAsync(await LoginAsync(rotated.Sign(server, Alice, Audience), target), "the signing key (kid) is unknown to the tenant");
        server.Publish(rotated);

        Assert.AreEqual(HttpStatusCode.OK, await EventuallyAsync(() => LoginAsync(rotated.Sign(server, Alice, Audience), target)));
    }

    [TestMethod]
    public async Task AFloodOfUnknownKidsFetchesTheKeysOnlyOncePerFloor()
    {
        await using var server = await JwksServer.StartAsync();
        server.Publish(Rsa);
        var settings = Auth0Settings(server);
        settings["api:auth:auth0:jwks_refresh_floor_seconds"] = "3600";
        using var target = new CoreApiFactory(overrides: settings);
        await LoginAsync(Rsa.Sign(server, Alice, Audience), target);
        var before = server.Fetches;

        for (var i = 0; i < 20; i++)
        {
            await LoginAsync(JwksServer.NewEcKey($"unknown-{i}").Sign(server, Alice, Audience), target);
        }

        Assert.IsTrue(server.Fetches - before <= 1, $"{server.Fetches - before} fetches for 20 unknown kids");
    }

    [TestMethod]
    public async Task TheServerStartsWhileTheKeysAreUnreachableAndAuth0WorksOnceTheyAreBack()
    {
        await using var server = await JwksServer.StartAsync();
        server.Publish(Rsa);
        server.Down = true;
        using var target = new CoreApiFactory(overrides: Auth0Settings(server));

        await AssertRefusedAsync(await LoginAsync(Rsa.Sign(server, Alice, Audience), target), "the tenant's signing keys are unavailable; try again later");
        await target.LoginAsync();
        server.Down = false;

        Assert.AreEqual(HttpStatusCode.OK, await EventuallyAsync(() => LoginAsync(Rsa.Sign(server, Alice, Audience), target)));
    }

    [TestMethod]
    public async Task CredentialsInTheBodyWinOverAnAuth0Header()
    {
        var body = new StringContent($$"""{"username":"{{CoreApiFactory.Username}}","password":"{{CoreApiFactory.Password}}"}""", Encoding.UTF8, "application/json");

        var tokens = await HttpAssert.JsonAsync(await LoginAsync(Rsa.Sign(tenant, Alice, Audience), body: body));

        Assert.AreEqual(CoreApiFactory.Username, Jwt.Payload(tokens.GetProperty("access_token").GetString()!).GetProperty("sub").GetString());
    }

    [TestMethod]
    public async Task TheAboutListsTheTenant()
    {
        var about = await HttpAssert.JsonAsync(await factory.CreateClient().GetAsync("/api"));

        CollectionAssert.AreEqual(
            new[] { "localjwt", $"auth0 domain={tenant.Domain} audience={Audience} clientid=client-1" },
            about.GetProperty("auths").EnumerateArray().Select(a => a.GetString()).ToArray());
    }

    [TestMethod]
    public async Task RemovingTheUserFromTheTenantEndsItsLocalTokens()
    {
        var directory = TempDirectory.Create();
        string access;
        using (var before = new CoreApiFactory(directory, Auth0Settings(tenant)))
        {
            access = (await HttpAssert.JsonAsync(await LoginAsync(Rsa.Sign(tenant, Alice, Audience), before))).GetProperty("access_token").GetString()!;
            Assert.AreEqual(HttpStatusCode.OK, (await before.CreateClient(access).GetAsync("/api/v3/metadata")).StatusCode);
        }

        using var after = new CoreApiFactory(directory, Auth0Settings(tenant, "auth0|bob"));

        await HttpAssert.UnauthorizedAsync(await after.CreateClient(access).GetAsync("/api/v3/metadata"));
    }

    [TestMethod]
    public async Task FailedAuth0LoginsWaitLikeFailedPasswordLogins()
    {
        var settings = Auth0Settings(tenant);
        settings["api:auth:login:failure_delay_ms"] = "1000";
        using var slow = new CoreApiFactory(overrides: settings);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await LoginAsync(Rsa.Sign(tenant, "auth0|mallory", Audience), slow);

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.IsTrue(clock.ElapsedMilliseconds >= 1000, $"answered after {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>Retries for up to ten seconds: key refetches are rate-limited to one a second in these tests.</summary>
    private static async Task<HttpStatusCode> EventuallyAsync(Func<Task<HttpResponseMessage>> attempt)
    {
        var status = HttpStatusCode.Unauthorized;
        for (var i = 0; i < 40 && status != HttpStatusCode.OK; i++)
        {
            status = (await attempt()).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }

        return status;
    }

    private static string Unsign(string token, Action<Dictionary<string, object?>> changeHeader, JwksServer.SigningKey? resign = null)
    {
        var parts = token.Split('.');
        var header = JsonSerializer.Deserialize<Dictionary<string, object?>>(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))!;
        changeHeader(header);
        var input = Jwt.Segment(header) + "." + parts[1];
        if (resign is null)
        {
            return input + ".";
        }

        var rsa = ((Microsoft.IdentityModel.Tokens.RsaSecurityKey)resign.Key).Rsa;
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(input), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(signature);
    }

    private static string HmacWithPublicKey()
    {
        var publicKey = ((Microsoft.IdentityModel.Tokens.RsaSecurityKey)Rsa.Key).Rsa.ExportSubjectPublicKeyInfoPem();
        var payload = Jwt.Payload(Rsa.Sign(tenant, Alice, Audience));
        var claims = JsonSerializer.Deserialize<Dictionary<string, object?>>(payload.GetRawText())!;
        return Jwt.Sign(Encoding.UTF8.GetBytes(publicKey), claims, new Dictionary<string, object?> { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = "rsa-1" });
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, object?>>(Jwt.Payload(token).GetRawText())!;
        claims["sub"] = Alice;
        return $"{parts[0]}.{Jwt.Segment(claims)}.{parts[2]}";
    }
}
