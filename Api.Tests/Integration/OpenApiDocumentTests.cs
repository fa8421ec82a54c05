using System.Text.Json;
using CoreApi.Auth;
using CoreApi.Tests.Support;
using CoreApi.Web;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class OpenApiDocumentTests
{
    private static string served = "";
    private static JsonElement document;

    [ClassInitialize]
    public static async Task Load(TestContext _)
    {
        using var factory = new CoreApiFactory();
        var response = await factory.CreateClient().GetAsync("/api/swagger/v3/swagger.json");
        served = await response.Content.ReadAsStringAsync();
        document = await HttpAssert.JsonAsync(response);
    }

    [TestMethod]
    public void TheCommittedDocumentIsTheOneTheApplicationServes()
    {
        var committedPath = Path.Combine(RepositoryRoot.Path, "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable(EndToEnd.SwaggerUiTests.UpdateDocsVariable) == "1")
        {
            File.WriteAllText(committedPath, served);
        }

        Assert.IsTrue(File.ReadAllText(committedPath).ReplaceLineEndings() == served.ReplaceLineEndings(),
            "docs/openapi.json (the input of the generated clients) is stale: run 'CORE_API_UPDATE_DOCS=1 dotnet test' and commit it.");
    }

    private static JsonElement Operation(string path, string method) => document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static bool HasPadlock(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
        && security.EnumerateArray().Any(requirement => requirement.TryGetProperty("Bearer", out _));

    [TestMethod]
    public void TheBearerSchemeIsDeclared()
    {
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");

        Assert.AreEqual("http", scheme.GetProperty("type").GetString());
        Assert.AreEqual("bearer", scheme.GetProperty("scheme").GetString());
        Assert.AreEqual("JWT", scheme.GetProperty("bearerFormat").GetString());
    }

    [TestMethod]
    [DataRow("/api/v3/metadata", "get")]
    [DataRow("/api/v3/metadata/{key}", "get")]
    [DataRow("/api/v3/metadata/{key}", "put")]
    [DataRow("/api/login/refresh", "get")]
    public void ProtectedOperationsShowThePadlockAndTheir401(string path, string method)
    {
        var operation = Operation(path, method);

        Assert.IsTrue(HasPadlock(operation));
        Assert.IsTrue(operation.GetProperty("responses").TryGetProperty("401", out _));
    }

    [TestMethod]
    [DataRow("/api/login", "post")]
    [DataRow("/api", "get")]
    [DataRow("/ping", "get")]
    public void PublicOperationsShowNoPadlock(string path, string method)
    {
        Assert.IsFalse(HasPadlock(Operation(path, method)));
    }

    [TestMethod]
    public void LoginDocumentsItsJsonBodyAndEveryAnswer()
    {
        var login = Operation("/api/login", "post");

        var content = login.GetProperty("requestBody").GetProperty("content");
        // The media types the action reads (any other content type is answered as missing credentials).
        CollectionAssert.AreEqual(new[] { "application/json", "application/*+json" }, content.EnumerateObject().Select(m => m.Name).ToArray());
        foreach (var media in content.EnumerateObject())
        {
            Assert.AreEqual("#/components/schemas/LoginRequest", media.Value.GetProperty("schema").GetProperty("$ref").GetString());
        }

        CollectionAssert.IsSubsetOf(new[] { "200", "400", "401", "413" }, login.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray());
    }

    [TestMethod]
    public void LoginAndErrorsCarryExamples()
    {
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.AreEqual("admin", schemas.GetProperty("LoginRequest").GetProperty("example").GetProperty("username").GetString());
        Assert.AreEqual(401, schemas.GetProperty("ApiError").GetProperty("example").GetProperty("code").GetInt32());
    }

    [TestMethod]
    public void EveryOperationHasAStableIdAndASummary()
    {
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()).Select(op => op.Value).ToList();

        CollectionAssert.AreEquivalent(
            new[] { "about", "ping", "login", "token", "refresh", "logout", "getAllMetadata", "getMetadata", "putMetadata", "getConfig", "putConfig", "reloadConfig", "getLog",
                "listProcesses", "createProcess", "getProcess", "updateProcess", "deleteProcess", "commandProcess", "getProcessConfig", "getProcessState",
                "getProcessReport", "probeProcess", "getProcessMetadata", "getProcessMetadataValue", "putProcessMetadata", "getSkills", "reloadSkills",
                "listFilesystems", "listFiles", "getFile", "headFile", "putFile", "deleteFile",
                "getSessions", "getActiveSessions", "listMetrics", "queryMetrics",
            },
            operations.Select(op => op.GetProperty("operationId").GetString()).ToArray());
        Assert.IsTrue(operations.All(op => !string.IsNullOrEmpty(op.GetProperty("summary").GetString())));
    }

    [TestMethod]
    public void ThePasswordFlowPointsAtTheTokenEndpoint()
    {
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Login");

        Assert.AreEqual("oauth2", scheme.GetProperty("type").GetString());
        Assert.AreEqual("/api/login/token", scheme.GetProperty("flows").GetProperty("password").GetProperty("tokenUrl").GetString());
        Assert.IsTrue(Operation("/api/login/token", "post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/x-www-form-urlencoded", out _));
        Assert.IsFalse(HasPadlock(Operation("/api/login/token", "post")));
    }

    [TestMethod]
    public void LoginDocumentsTheAuth0TokenAsAnOptionalAlternative()
    {
        var security = Operation("/api/login", "post").GetProperty("security").EnumerateArray().ToList();

        Assert.AreEqual(2, security.Count);
        Assert.AreEqual(0, security[0].EnumerateObject().Count(), "an empty requirement: no token needed");
        Assert.IsTrue(security[1].TryGetProperty("Auth0", out _));
    }

    [TestMethod]
    public void TheInternalFallbackIsNotDocumented()
    {
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.IsFalse(paths.Any(p => p is "/api/{path}" or "/{path}" || p.StartsWith("/memfs", StringComparison.Ordinal)), string.Join(", ", paths));
    }
}
