using System.Net;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class RefreshTests
{
    private const string Refresh = "/api/login/refresh";
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    [TestMethod]
    public async Task TheRefreshTokenGetsANewAccessTokenForTheSameSubject()
    {
        var (access, refresh) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await factory.CreateClient(refresh).GetAsync(Refresh));

        CollectionAssert.AreEqual(new[] { "access_token" }, body.EnumerateObject().Select(p => p.Name).ToArray());
        var renewed = body.GetProperty("access_token").GetString()!;
        var claims = Jwt.Payload(renewed);
        Assert.AreEqual(CoreApiFactory.Username, claims.GetProperty("sub").GetString());
        Assert.AreEqual("access", claims.GetProperty("usefor").GetString());
        Assert.AreEqual(600, claims.GetProperty("exi").GetInt64());
        Assert.AreEqual(claims.GetProperty("iat").GetInt64() + 600, claims.GetProperty("exp").GetInt64());
        Assert.AreNotEqual(Jwt.Payload(access).GetProperty("jti").GetString(), claims.GetProperty("jti").GetString());
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(renewed).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task AnAccessTokenCannotRefresh()
    {
        var (access, _) = await factory.LoginAsync();

        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(access).GetAsync(Refresh));
    }

    [TestMethod]
    public async Task RefreshWithoutATokenIsUnauthorized()
    {
        var response = await factory.CreateClient().GetAsync(Refresh);

        await HttpAssert.UnauthorizedAsync(response);
        Assert.AreEqual("Bearer realm=\"datarhei-core\"", response.Headers.WwwAuthenticate.ToString());
    }

    [TestMethod]
    public async Task AnExpiredRefreshTokenIsUnauthorized()
    {
        var claims = Jwt.Claims(use: "refresh", lifetime: 86400);
        claims["iat"] = (long)claims["iat"]! - 86401;
        claims["exp"] = (long)claims["iat"]! + 86400;

        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(Jwt.Sign(factory.SigningKey, claims)).GetAsync(Refresh));
    }

    [TestMethod]
    public async Task ARefreshTokenOfAnotherSubjectIsUnauthorized()
    {
        var token = Jwt.Sign(factory.SigningKey, Jwt.Claims(subject: "mallory", use: "refresh", lifetime: 86400));

        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(token).GetAsync(Refresh));
    }

    [TestMethod]
    public async Task ARefreshTokenMintedWithDatarheisKeyDerivationRefreshes()
    {
        var token = Jwt.Sign(factory.SigningKey, Jwt.Claims(use: "refresh", lifetime: 86400));

        await HttpAssert.JsonAsync(await factory.CreateClient(token).GetAsync(Refresh));
    }

    [TestMethod]
    public async Task ChangingThePasswordEndsEveryToken()
    {
        var directory = TempDirectory.Create();
        string access, refresh;
        using (var before = new CoreApiFactory(directory))
        {
            (access, refresh) = await before.LoginAsync();
        }

        using var after = new CoreApiFactory(directory, new Dictionary<string, string?> { ["api:auth:password"] = "a-new-password" });

        await HttpAssert.UnauthorizedAsync(await after.CreateClient(access).GetAsync("/api/v3/metadata"));
        await HttpAssert.UnauthorizedAsync(await after.CreateClient(refresh).GetAsync(Refresh));
    }
}
