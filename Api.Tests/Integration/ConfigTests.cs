using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoreApi.Settings;
using CoreApi.Storage;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoreApi.Tests.Integration;

/// <summary>/api/v3/config over a real config file in the data directory, in datarhei's shape.</summary>
[TestClass]
public sealed class ConfigTests
{
    private const string DatarheiConfig = """
        {
          "version": 3,
          "address": ":8080",
          "db": { "dir": "./config" },
          "ffmpeg": { "binary": "ffmpeg", "max_processes": 0 },
          "api": {
            "read_only": false,
            "auth": {
              "enable": true,
              "username": "admin",
              "password": "file-password",
              "jwt": { "secret": "file-secret" },
              "users": [ { "name": "viewer", "password": "viewer-password", "role": "read" } ]
            }
          }
        }
        """;

    private static async Task<HttpClient> AdminAsync(CoreApiFactory factory, string password = "file-password")
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "admin", password });
        return factory.CreateClient((await HttpAssert.JsonAsync(response)).GetProperty("access_token").GetString()!);
    }

    private static async Task<JsonObject> RunningConfigAsync(HttpClient admin) =>
        JsonNode.Parse((await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/config"))).GetRawText())!["config"]!.AsObject();

    private static Task<HttpResponseMessage> PutAsync(HttpClient admin, JsonNode config) =>
        admin.PutAsync("/api/v3/config", new StringContent(config.ToJsonString(), Encoding.UTF8, "application/json"));

    private static JsonObject FileOf(CoreApiFactory factory) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(factory.DataDirectory, "config.json")))!.AsObject();

    [TestMethod]
    public async Task TheServerStartsFromADatarheiConfigFileInTheDataDirectory()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);

        await AdminAsync(factory);
    }

    [TestMethod]
    public async Task TheConfigIsShownInDatarheisShapeWithSecretsRedacted()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);

        var view = await HttpAssert.JsonAsync(await (await AdminAsync(factory)).GetAsync("/api/v3/config"));

        foreach (var field in new[] { "created_at", "loaded_at", "updated_at", "config", "overrides" })
        {
            Assert.IsTrue(view.TryGetProperty(field, out _), field);
        }

        var config = view.GetProperty("config");
        Assert.AreEqual(3, config.GetProperty("version").GetInt32());
        Assert.IsTrue(Guid.TryParse(config.GetProperty("id").GetString(), out _));
        var auth = config.GetProperty("api").GetProperty("auth");
        Assert.AreEqual("admin", auth.GetProperty("username").GetString());
        Assert.AreEqual("[redacted]", auth.GetProperty("password").GetString());
        Assert.AreEqual("[redacted]", auth.GetProperty("jwt").GetProperty("secret").GetString());
        Assert.AreEqual("[redacted]", auth.GetProperty("users")[0].GetProperty("password").GetString());
        Assert.IsFalse(view.GetRawText().Contains("file-password") || view.GetRawText().Contains("file-secret") || view.GetRawText().Contains("viewer-password"));
    }

    [TestMethod]
    public async Task OnlyAdminsMayReadTheConfigOrTheLog()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "viewer", password = "viewer-password" });
        var viewer = factory.CreateClient((await HttpAssert.JsonAsync(login)).GetProperty("access_token").GetString()!);

        await HttpAssert.ErrorAsync(await viewer.GetAsync("/api/v3/config"), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await viewer.GetAsync("/api/v3/log"), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient().GetAsync("/api/v3/config"));
    }

    [TestMethod]
    public async Task APutStoresTheConfigKeepsRedactedSecretsAndUnknownSectionsAndAReloadAppliesIt()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);
        var admin = await AdminAsync(factory);
        var config = await RunningConfigAsync(admin);
        config["api"]!["metadata"]!["max_value_bytes"] = 2048;

        var stored = await HttpAssert.JsonAsync(await PutAsync(admin, config));

        Assert.AreEqual(2048, stored.GetProperty("config").GetProperty("api").GetProperty("metadata").GetProperty("max_value_bytes").GetInt32());
        var file = FileOf(factory);
        Assert.AreEqual(2048, file["api"]!["metadata"]!["max_value_bytes"]!.GetValue<int>());
        Assert.AreEqual("file-password", file["api"]!["auth"]!["password"]!.GetValue<string>());
        Assert.AreEqual("file-secret", file["api"]!["auth"]!["jwt"]!["secret"]!.GetValue<string>());
        Assert.AreEqual("viewer-password", file["api"]!["auth"]!["users"]![0]!["password"]!.GetValue<string>());
        Assert.AreEqual("ffmpeg", file["ffmpeg"]!["binary"]!.GetValue<string>());

        await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/config/reload"));
        var big = await admin.PutAsync("/api/v3/metadata/k", new StringContent("\"" + new string('x', 3000) + "\"", Encoding.UTF8, "application/json"));
        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, big.StatusCode, "the reloaded limit applies");
    }

    [TestMethod]
    public async Task AnInvalidConfigIsRefusedWithEveryFieldNamedAndNothingIsStored()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);
        var admin = await AdminAsync(factory);
        var config = await RunningConfigAsync(admin);
        config["address"] = "nonsense";
        config["log"]!["level"] = "loud";
        config["api"]!["auth"]!["users"]![0]!["role"] = "superuser";

        var response = await PutAsync(admin, config);

        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.BadRequest);
        var details = string.Join("\n", body.GetProperty("details").EnumerateArray().Select(d => d.GetString()));
        StringAssert.Contains(details, "address (CORE_ADDRESS)");
        StringAssert.Contains(details, "log.level (CORE_LOG_LEVEL)");
        StringAssert.Contains(details, "api.auth.users[0].role");
        Assert.AreEqual(":8080", FileOf(factory)["address"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task AConfigThatWouldLockEveryoneOutIsRefused()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);
        var admin = await AdminAsync(factory);
        var config = await RunningConfigAsync(admin);
        config["api"]!["auth"]!["username"] = "";

        var body = await HttpAssert.JsonAsync(await PutAsync(admin, config), HttpStatusCode.BadRequest);

        StringAssert.Contains(body.GetProperty("details")[0].GetString(), "api.auth.username (CORE_API_AUTH_USERNAME) must be set");
    }

    [TestMethod]
    public async Task ABodyThatIsNotJsonIsABadRequest()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);

        await HttpAssert.ErrorAsync(await (await AdminAsync(factory)).PutAsync("/api/v3/config", new StringContent("{nope", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Invalid JSON");
    }

    [TestMethod]
    public async Task SettingsOfEnvironmentVariablesAreListedAndCannotBeChangedHere()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig, new Dictionary<string, string>
        {
            ["CORE_API_AUTH_JWT_CLOCK_SKEW_SECONDS"] = "5",
            ["CORE_API_AUTH_PASSWORD"] = "env-password",
        });
        var admin = await AdminAsync(factory, "env-password");
        var view = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/config"));
        CollectionAssert.IsSubsetOf(new[] { "api.auth.jwt.clock_skew_seconds", "api.auth.password" },
            view.GetProperty("overrides").EnumerateArray().Select(o => o.GetString()).ToArray());
        var config = JsonNode.Parse(view.GetProperty("config").GetRawText())!.AsObject();

        config["api"]!["auth"]!["jwt"]!["clock_skew_seconds"] = 9;
        var refused = await HttpAssert.JsonAsync(await PutAsync(admin, config), HttpStatusCode.Conflict);
        StringAssert.Contains(refused.GetProperty("details")[0].GetString(), "CORE_API_AUTH_JWT_CLOCK_SKEW_SECONDS");

        config["api"]!["auth"]!["jwt"]!["clock_skew_seconds"] = 5;
        config["api"]!["metadata"]!["max_value_bytes"] = 4096;
        await HttpAssert.JsonAsync(await PutAsync(admin, config));
        var file = FileOf(factory);
        Assert.AreEqual("file-password", file["api"]!["auth"]!["password"]!.GetValue<string>(), "no environment secret is copied into the file");
        Assert.IsNull(file["api"]!["auth"]!["jwt"]!["clock_skew_seconds"]);
    }

    [TestMethod]
    public async Task AReloadedPasswordEndsOldTokensAndNewUsersCanLogInAtOnce()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig);
        var admin = await AdminAsync(factory);
        var oldViewer = await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "viewer", password = "viewer-password" });
        var viewerToken = (await HttpAssert.JsonAsync(oldViewer)).GetProperty("access_token").GetString()!;
        var config = await RunningConfigAsync(admin);
        config["api"]!["auth"]!["password"] = "new-password";
        config["api"]!["auth"]!["users"] = new JsonArray(new JsonObject { ["name"] = "operator", ["password"] = "operator-password", ["role"] = "admin" });
        await HttpAssert.JsonAsync(await PutAsync(admin, config));

        await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/config/reload"));

        await HttpAssert.UnauthorizedAsync(await admin.GetAsync("/api/v3/metadata"));
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(viewerToken).GetAsync("/api/v3/metadata"));
        await AdminAsync(factory, "new-password");
        Assert.AreEqual(HttpStatusCode.OK, (await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "operator", password = "operator-password" })).StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "viewer", password = "viewer-password" })).StatusCode);
    }

    [TestMethod]
    public async Task InReadOnlyModeEveryWriteIsForbiddenAndReadsWork()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig.Replace("\"read_only\": false", "\"read_only\": true"));
        var admin = await AdminAsync(factory);
        var config = await RunningConfigAsync(admin);

        Assert.AreEqual(HttpStatusCode.OK, (await admin.GetAsync("/api/v3/metadata")).StatusCode);
        await HttpAssert.ErrorAsync(await admin.PutAsync("/api/v3/metadata/k", new StringContent("1", Encoding.UTF8, "application/json")), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await PutAsync(admin, config), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await admin.GetAsync("/api/v3/config/reload"), HttpStatusCode.Forbidden, "Forbidden");
    }

    [TestMethod]
    public async Task AFailedWriteLeavesTheOldFileIntactAndAnswersInTheContractShape()
    {
        using var factory = CoreApiFactory.WithConfigFile(DatarheiConfig, services: services => services.AddSingleton<IConfigFileStore>(provider =>
            new ConfigFileStore(provider.GetRequiredService<IConfiguration>(), (_, _) => throw new IOException("disk full"))));
        var admin = await AdminAsync(factory);
        var config = await RunningConfigAsync(admin);
        config["api"]!["metadata"]!["max_value_bytes"] = 2048;

        await HttpAssert.ErrorAsync(await PutAsync(admin, config), HttpStatusCode.InternalServerError, "Internal Server Error");

        Assert.AreEqual(DatarheiConfig, File.ReadAllText(Path.Combine(factory.DataDirectory, "config.json")));
        Assert.AreEqual(1, Directory.GetFiles(factory.DataDirectory, "config.json*").Length, "no temporary file is left behind");
    }
}
