using System.Net;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class AboutTests
{
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    [TestMethod]
    public async Task WithoutATokenTheAboutIsMinimalAndHasNoId()
    {
        var body = await HttpAssert.JsonAsync(await factory.CreateClient().GetAsync("/api"));

        Assert.AreEqual("""{"app":"datarhei-core","auths":["localjwt"],"version":{"number":"16.0.0"}}""", body.GetRawText());
    }

    [TestMethod]
    [DataRow("garbage")]
    [DataRow("eyJhbGciOiJub25lIn0.e30.")]
    public async Task AnInvalidTokenNeverMakesTheAbout401(string token)
    {
        var body = await HttpAssert.JsonAsync(await factory.CreateClient(token).GetAsync("/api"));

        Assert.IsFalse(body.TryGetProperty("id", out _));
    }

    [TestMethod]
    public async Task ARefreshTokenGetsOnlyTheMinimalAbout()
    {
        var (_, refresh) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await factory.CreateClient(refresh).GetAsync("/api"));

        Assert.IsFalse(body.TryGetProperty("id", out _));
    }

    [TestMethod]
    public async Task WithAnAccessTokenTheAboutIsComplete()
    {
        var (access, _) = await factory.LoginAsync();

        var body = await HttpAssert.JsonAsync(await factory.CreateClient(access).GetAsync("/api"));

        Assert.AreEqual("datarhei-core", body.GetProperty("app").GetString());
        CollectionAssert.AreEqual(new[] { "localjwt" }, body.GetProperty("auths").EnumerateArray().Select(a => a.GetString()).ToArray());
        Assert.IsTrue(Guid.TryParse(body.GetProperty("id").GetString(), out _));
        Assert.IsFalse(string.IsNullOrEmpty(body.GetProperty("name").GetString()));
        Assert.IsTrue(DateTimeOffset.TryParse(body.GetProperty("created_at").GetString(), out _));
        Assert.IsTrue(body.GetProperty("uptime_seconds").GetInt64() >= 0);
        var version = body.GetProperty("version");
        Assert.AreEqual("16.14.0", version.GetProperty("number").GetString());
        foreach (var field in new[] { "repository_commit", "repository_branch", "build_date", "arch", "compiler" })
        {
            Assert.AreEqual(JsonValueKind.String, version.GetProperty(field).ValueKind, field);
        }
    }

    [TestMethod]
    public async Task TheInstanceIdAndNameSurviveARestart()
    {
        var directory = TempDirectory.Create();
        JsonElement first, second;
        using (var before = new CoreApiFactory(directory))
        {
            first = await HttpAssert.JsonAsync(await before.CreateClient((await before.LoginAsync()).Access).GetAsync("/api"));
        }

        using (var after = new CoreApiFactory(directory))
        {
            second = await HttpAssert.JsonAsync(await after.CreateClient((await after.LoginAsync()).Access).GetAsync("/api"));
        }

        Assert.AreEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.AreEqual(first.GetProperty("name").GetString(), second.GetProperty("name").GetString());
    }

    [TestMethod]
    public async Task PingAnswersPongAsPlainText()
    {
        var response = await factory.CreateClient().GetAsync("/ping");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("pong", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task WithAuthenticationDisabledTheAboutIsCompleteWithoutAToken()
    {
        using var open = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:enable"] = "false" });

        var body = await HttpAssert.JsonAsync(await open.CreateClient().GetAsync("/api"));

        Assert.IsTrue(body.TryGetProperty("id", out _));
        Assert.AreEqual(0, body.GetProperty("auths").GetArrayLength());
        Assert.AreEqual(HttpStatusCode.OK, (await open.CreateClient().GetAsync("/api/v3/metadata")).StatusCode);
    }
}
