using System.Net;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>The refusals of CONTRACT-CORE §2.3 and §3, and the hardened checks; none of these starts FFmpeg.</summary>
[TestClass]
public sealed class ProcessValidationTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory();
        client = factory.CreateClient((await factory.LoginAsync()).Access);
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PostAsync(string json, string type = "application/json") =>
        client.PostAsync("/api/v3/process", new StringContent(json, Encoding.UTF8, type));

    private static string Config(string input, string output = "-", string id = "v1", string extra = "") =>
        $$"""{"id":"{{id}}","autostart":false{{extra}},"input":[{"id":"in","address":"{{input}}","options":["-f","lavfi"]}],"output":[{"id":"out","address":"{{output}}","options":["-f","null"]}]}""";

    [TestMethod]
    public async Task BodyProblemsAreInvalidJsonInTheContractsOrder()
    {
        await HttpAssert.ErrorAsync(await PostAsync(""), HttpStatusCode.BadRequest, "Invalid JSON", "request doesn't contain any content");
        await HttpAssert.ErrorAsync(await PostAsync("{}", "text/plain"), HttpStatusCode.BadRequest, "Invalid JSON", "request doesn't contain JSON content");
        await HttpAssert.ErrorAsync(await PostAsync("""{"reconnect_delay_seconds":-1,"input":[],"output":[]}"""), HttpStatusCode.BadRequest, "Invalid JSON");
        await HttpAssert.ErrorAsync(await PostAsync("""{"limits":{"memory_mbytes":1.5},"input":[],"output":[]}"""), HttpStatusCode.BadRequest, "Invalid JSON");
        await HttpAssert.ErrorAsync(await PostAsync("""{"id":"x"}"""), HttpStatusCode.BadRequest, "Invalid JSON");
    }

    [TestMethod]
    public async Task TypeAndEmptyListsAreRefusedWithDatarheisMessages()
    {
        await HttpAssert.ErrorAsync(await PostAsync("""{"type":"","input":[{"address":"x"}],"output":[{"address":"-"}]}"""), HttpStatusCode.BadRequest, "Unsupported process type", "Supported process types are: ffmpeg");
        await HttpAssert.ErrorAsync(await PostAsync("""{"input":[],"output":[{"address":"-"}]}"""), HttpStatusCode.BadRequest, "At least one input and one output need to be defined");
        await HttpAssert.ErrorAsync(await PostAsync(Config("testsrc", id: " ")), HttpStatusCode.BadRequest, "Invalid process config", "an empty ID is not allowed");
    }

    [TestMethod]
    [DataRow("a%b")]
    [DataRow("a/b")]
    [DataRow("tab\there")]
    public async Task IdsThatCannotBeAddressedAreRefused(string id) =>
        await HttpAssert.ErrorAsync(await PostAsync(Config("testsrc", id: id.Replace("\t", "\\t"))), HttpStatusCode.BadRequest, "Invalid process config");

    [TestMethod]
    public async Task IdsWithColonsSpacesAndNonAsciiWork()
    {
        foreach (var id in new[] { "restreamer-ui:ingest:4186b095", "mit leer zeichen", "ünïcødé" })
        {
            await HttpAssert.JsonAsync(await PostAsync(Config("testsrc", id: id)));
            await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}?filter=config"));
            Assert.AreEqual(HttpStatusCode.OK, (await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}")).StatusCode);
        }
    }

    [TestMethod]
    [DataRow("movie=/etc/passwd", "-")]
    [DataRow("testsrc", "/tmp/out.mp4")]
    [DataRow("testsrc", "file:/etc/cron.d/x")]
    public async Task PathEscapesAreRefused(string input, string output)
    {
        var response = await PostAsync(Config(input, output, id: "escape-" + Guid.NewGuid().ToString("N")));
        await HttpAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "Invalid process config");
    }

    [TestMethod]
    public async Task AFileInputOutsideTheDiskDirectoryIsRefused()
    {
        var response = await PostAsync("""{"id":"passwd","input":[{"id":"in","address":"/etc/passwd"}],"output":[{"id":"out","address":"-"}]}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode, body);
        StringAssert.Contains(body, "\"details\":[\"the address for input '#passwd:in' (/etc/passwd) is invalid: ");
    }

    [TestMethod]
    public async Task DuplicateIdsAndReferencesAreCheckedAsDatarheiDoes()
    {
        var id = "dup-" + Guid.NewGuid().ToString("N")[..6];
        await HttpAssert.JsonAsync(await PostAsync(Config("testsrc", id: id)));
        await HttpAssert.ErrorAsync(await PostAsync(Config("testsrc", id: id)), HttpStatusCode.BadRequest, "Invalid process config", "process already exists");
        await HttpAssert.ErrorAsync(await PostAsync(Config($"#nobody:output=out", id: id + "b")), HttpStatusCode.BadRequest, "Invalid process config", $"reference error for '#{id}b:in': unknown process 'nobody' (#nobody:output=out)");
        await HttpAssert.JsonAsync(await PostAsync(Config($"#{id}:output=out", id: id + "c")));
        await client.DeleteAsync($"/api/v3/process/{id}c");
        await client.DeleteAsync($"/api/v3/process/{id}");
    }

    [TestMethod]
    public async Task UnknownProcessesAnswerEachRoutesError()
    {
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/process/nope"), HttpStatusCode.NotFound, "Unknown process ID", "unknown process");
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/process/nope/state"), HttpStatusCode.NotFound, "Unknown process ID", "unknown process");
        await HttpAssert.ErrorAsync(await client.DeleteAsync("/api/v3/process/nope"), HttpStatusCode.NotFound, "Unknown process ID", "unknown process");
        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/process/nope", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.NotFound, "Process not found", "nope");
        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/process/nope/command", new StringContent("""{"command":"start"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Command failed", "unknown process");
        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/process/nope/command", new StringContent("""{"command":"Start"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Unknown command provided", "Known commands are: start, stop, reload, restart");
        var probe = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/nope/probe"));
        Assert.AreEqual("""{"streams":[],"log":["Unknown process ID (nope)"]}""", probe.GetRawText());
    }

    [TestMethod]
    public async Task MetadataIsStoredPerProcessAndNullDeletesIt()
    {
        var id = "meta-" + Guid.NewGuid().ToString("N")[..6];
        await HttpAssert.JsonAsync(await PostAsync(Config("testsrc", id: id)));
        Assert.AreEqual("null", (await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{id}/metadata"))).GetRawText());
        await HttpAssert.JsonAsync(await client.PutAsync($"/api/v3/process/{id}/metadata/restreamer-ui", new StringContent("""{"name":"cam"}""", Encoding.UTF8, "application/json")));
        Assert.AreEqual("""{"restreamer-ui":{"name":"cam"}}""", (await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{id}/metadata"))).GetRawText());
        await HttpAssert.ErrorAsync(await client.GetAsync($"/api/v3/process/{id}/metadata/other"), HttpStatusCode.NotFound, "Unknown process ID", "unknown key");
        await HttpAssert.JsonAsync(await client.PutAsync($"/api/v3/process/{id}/metadata/restreamer-ui", new StringContent("null", Encoding.UTF8, "application/json")));
        Assert.AreEqual("null", (await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{id}?filter=metadata"))).GetProperty("metadata").GetRawText());
        await client.DeleteAsync($"/api/v3/process/{id}");
    }

    [TestMethod]
    public async Task ProcessesAndTheirMetadataSurviveARestart()
    {
        var directory = TempDirectory.Create();
        using (var first = new CoreApiFactory(directory))
        {
            var admin = first.CreateClient((await first.LoginAsync()).Access);
            await HttpAssert.JsonAsync(await admin.PostAsync("/api/v3/process", new StringContent(Config("testsrc", id: "kept", extra: ",\"reference\":\"r\""), Encoding.UTF8, "application/json")));
            await HttpAssert.JsonAsync(await admin.PutAsync("/api/v3/process/kept/metadata/k", new StringContent("[1,2]", Encoding.UTF8, "application/json")));
        }

        using var second = new CoreApiFactory(directory);
        var again = second.CreateClient((await second.LoginAsync()).Access);
        var process = await HttpAssert.JsonAsync(await again.GetAsync("/api/v3/process/kept"));
        Assert.AreEqual("r", process.GetProperty("reference").GetString());
        Assert.AreEqual("stop", process.GetProperty("state").GetProperty("order").GetString());
        Assert.AreEqual("""{"k":[1,2]}""", process.GetProperty("metadata").GetRawText());
    }
}
