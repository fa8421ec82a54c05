using System.Net;
using System.Net.Http.Json;
using System.Text;
using CoreApi.Auth;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Hashed passwords, further users from <c>api.auth.users</c>, and the read role.</summary>
[TestClass]
public sealed class UsersAndRolesTests
{
    private static readonly string ViewerHash = PasswordHash.Create("viewer-password", iterations: 10_000);
    private static CoreApiFactory factory = null!;

    public static Dictionary<string, string?> Users(string viewerPassword) => new()
    {
        ["api:auth:users:0:name"] = "viewer",
        ["api:auth:users:0:password"] = viewerPassword,
        ["api:auth:users:0:role"] = "read",
        ["api:auth:users:1:name"] = "operator",
        ["api:auth:users:1:password"] = "operator-password",
        ["api:auth:users:1:role"] = "admin",
    };

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory(overrides: Users(ViewerHash));

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static async Task<string> AccessTokenAsync(string username, string password, CoreApiFactory? target = null)
    {
        var response = await (target ?? factory).CreateClient().PostAsJsonAsync("/api/login", new { username, password });
        return (await HttpAssert.JsonAsync(response)).GetProperty("access_token").GetString()!;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [TestMethod]
    public async Task AUserWithAHashedPasswordLogsInWithThePassword()
    {
        var token = await AccessTokenAsync("viewer", "viewer-password");

        Assert.AreEqual("viewer", Jwt.Payload(token).GetProperty("sub").GetString());
    }

    [TestMethod]
    public async Task TheHashItselfIsNotAPassword()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "viewer", password = ViewerHash });

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [TestMethod]
    public async Task TheDatarheiUserMayStillHaveAHashedPasswordAndKeepsDatarheisKeyDerivationOverTheConfiguredString()
    {
        var hash = PasswordHash.Create("admin-password", iterations: 10_000);
        using var hashed = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:password"] = hash });

        var token = await AccessTokenAsync(CoreApiFactory.Username, "admin-password", hashed);
        var minted = Jwt.Sign(Encoding.UTF8.GetBytes(CoreApiFactory.Username + hash + CoreApiFactory.Secret), Jwt.Claims());

        Assert.AreEqual(HttpStatusCode.OK, (await hashed.CreateClient(token).GetAsync("/api/v3/metadata")).StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, (await hashed.CreateClient(minted).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task AReadUserMayReadButWritesAreForbidden()
    {
        var client = factory.CreateClient(await AccessTokenAsync("viewer", "viewer-password"));

        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/api/v3/metadata")).StatusCode);
        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/metadata/x", Json("1")), HttpStatusCode.Forbidden, "Forbidden");
    }

    [TestMethod]
    public async Task AnAdminFromTheUsersListMayWrite()
    {
        var client = factory.CreateClient(await AccessTokenAsync("operator", "operator-password"));

        Assert.AreEqual(HttpStatusCode.OK, (await client.PutAsync("/api/v3/metadata/by-operator", Json("1"))).StatusCode);
    }

    [TestMethod]
    public async Task AReadUserCanRefresh()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "viewer", password = "viewer-password" });
        var refresh = (await HttpAssert.JsonAsync(response)).GetProperty("refresh_token").GetString()!;

        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient(refresh).GetAsync("/api/login/refresh")).StatusCode);
    }

    [TestMethod]
    public async Task ChangingOneUsersPasswordEndsThatUsersTokensOnly()
    {
        var directory = TempDirectory.Create();
        string viewer, admin;
        using (var before = new CoreApiFactory(directory, Users("viewer-old")))
        {
            viewer = await AccessTokenAsync("viewer", "viewer-old", before);
            admin = await AccessTokenAsync(CoreApiFactory.Username, CoreApiFactory.Password, before);
        }

        using var after = new CoreApiFactory(directory, Users("viewer-new"));

        await HttpAssert.UnauthorizedAsync(await after.CreateClient(viewer).GetAsync("/api/v3/metadata"));
        Assert.AreEqual(HttpStatusCode.OK, (await after.CreateClient(admin).GetAsync("/api/v3/metadata")).StatusCode);
    }

    [TestMethod]
    public async Task RemovingAUserEndsItsTokens()
    {
        var directory = TempDirectory.Create();
        string viewer;
        using (var before = new CoreApiFactory(directory, Users("viewer-password")))
        {
            viewer = await AccessTokenAsync("viewer", "viewer-password", before);
        }

        using var after = new CoreApiFactory(directory);

        await HttpAssert.UnauthorizedAsync(await after.CreateClient(viewer).GetAsync("/api/v3/metadata"));
    }

    [TestMethod]
    public void ADuplicateUserOrAnUnknownRoleRefusesToStartNamingTheSetting()
    {
        using var bad = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:auth:users:0:name"] = CoreApiFactory.Username,
            ["api:auth:users:0:password"] = "x",
            ["api:auth:users:0:role"] = "superuser",
        });

        var error = Startup.Refusal(bad);

        StringAssert.Contains(error.Message, "api.auth.users[0].name (CORE_API_AUTH_USERS)");
        StringAssert.Contains(error.Message, "api.auth.users[0].role (CORE_API_AUTH_USERS)");
    }
}
