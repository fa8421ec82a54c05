using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Generated;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>The API through a C# client that NSwag generates from docs/openapi.json at build time, as a user would.</summary>
[TestClass]
public sealed class GeneratedClientTests
{
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static (CoreApiClient Api, HttpClient Http) CreateClient()
    {
        var http = factory.CreateClient();
        return (new CoreApiClient(http), http);
    }

    [TestMethod]
    public async Task LoginThenV3ThenRefreshThenV3WorksThroughTheGeneratedClient()
    {
        var (api, http) = CreateClient();

        var tokens = await api.LoginAsync(new LoginRequest { Username = CoreApiFactory.Username, Password = CoreApiFactory.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Access_token);
        await api.PutMetadataAsync("generated-client", JsonDocument.Parse("""{"ok":true}""").RootElement);
        var stored = await api.GetMetadataAsync("generated-client");

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Refresh_token);
        var refreshed = await api.RefreshAsync();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.Access_token);
        var all = await api.GetAllMetadataAsync();

        Assert.AreEqual("""{"ok":true}""", ((JsonElement)stored).GetRawText());
        Assert.IsTrue(all.ContainsKey("generated-client"));
    }

    [TestMethod]
    public async Task AnExpiredTokenSurfacesAsA401WithTheContractsErrorBody()
    {
        var (api, http) = CreateClient();
        var claims = Jwt.Claims();
        claims["iat"] = (long)claims["iat"]! - 700;
        claims["exp"] = (long)claims["iat"]! + 600;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Jwt.Sign(factory.SigningKey, claims));

        var error = await Assert.ThrowsExactlyAsync<ApiException<ApiError>>(() => api.GetAllMetadataAsync());

        Assert.AreEqual(401, error.StatusCode);
        Assert.AreEqual("Missing or invalid JWT token", error.Result.Details.Single());
    }

    [TestMethod]
    public async Task AnInvalidRefreshTokenSurfacesAsA401()
    {
        var (api, http) = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var error = await Assert.ThrowsExactlyAsync<ApiException<ApiError>>(() => api.RefreshAsync());

        Assert.AreEqual(401, error.StatusCode);
    }

    [TestMethod]
    public async Task AWrongPasswordSurfacesAsA401WithDatarheisMessage()
    {
        var (api, _) = CreateClient();

        var error = await Assert.ThrowsExactlyAsync<ApiException<ApiError>>(() => api.LoginAsync(new LoginRequest { Username = "admin", Password = "wrong" }));

        Assert.AreEqual("Invalid authorization credentials: invalid username or password", error.Result.Details.Single());
    }

    [TestMethod]
    public async Task TheTokenEndpointWorksThroughTheGeneratedClient()
    {
        var (api, _) = CreateClient();

        var tokens = await api.TokenAsync(new OAuthTokenRequest { Grant_type = "password", Username = CoreApiFactory.Username, Password = CoreApiFactory.Password });

        Assert.AreEqual("Bearer", tokens.Token_type);
        Assert.AreEqual(600, tokens.Expires_in);
    }

    [TestMethod]
    public async Task TheAboutAndPingWorkThroughTheGeneratedClient()
    {
        var (api, _) = CreateClient();

        Assert.AreEqual("datarhei-core", (await api.AboutAsync()).App);
        await api.PingAsync();
    }
}
