using System.Net;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Listing with filters, the upsert, renames, reload and the placeholders of §3.3, §3.4, §4.2 and §8; nothing is started.</summary>
[TestClass]
public sealed class ProcessListAndUpdateTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["address"] = "127.0.0.1:8080", ["storage:memory:auth:password"] = "mempass" });
        client = factory.CreateClient((await factory.LoginAsync()).Access);
        foreach (var (id, reference) in new[] { ("la-1", "r-a"), ("la-2", "r-a"), ("lb-3", "r-b"), ("lb-4", "") })
        {
            await HttpAssert.JsonAsync(await PostAsync(Config(id, reference)));
        }
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static string Config(string id, string reference = "", string output = "{memfs}/{processid}.m3u8") =>
        $$"""{"id":"{{id}}","reference":"{{reference}}","autostart":false,"input":[{"id":"in","address":"testsrc2=size=320x180:rate=10","options":["-f","lavfi"]}],"output":[{"id":"out","address":"{{output}}","options":["-f","hls"]}]}""";

    private static Task<HttpResponseMessage> PostAsync(string json) => client.PostAsync("/api/v3/process", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<string[]> IdsAsync(string query)
    {
        var list = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process?" + query));
        return [.. list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Where(id => id.StartsWith('l')).Order()];
    }

    [TestMethod]
    [DataRow("reference=r-a", "la-1,la-2")]
    [DataRow("id=la-1&reference=r-b", "lb-3")]
    [DataRow("idpattern=la-1&id=lb-3", "")]
    [DataRow("idpattern=l*-[12]", "la-1,la-2")]
    [DataRow("refpattern=r-?", "la-1,la-2,lb-3")]
    [DataRow("idpattern=l*&refpattern=*", "la-1,la-2,lb-3,lb-4")]
    [DataRow("idpattern=[", "")]
    [DataRow("id=,la-2,,unknown", "la-2")]
    public async Task TheListFiltersAsMeasuredOnDatarhei(string query, string expected) =>
        CollectionAssert.AreEqual(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), await IdsAsync(query), query);

    [TestMethod]
    public async Task TheFilterSelectsTheParts()
    {
        var bogus = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/la-1?filter=bogus"));
        CollectionAssert.AreEquivalent(new[] { "id", "type", "reference", "created_at", "updated_at" }, bogus.EnumerateObject().Select(p => p.Name).ToArray());

        var some = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/la-1?filter=config,metadata"));
        Assert.IsTrue(some.TryGetProperty("config", out _));
        Assert.AreEqual(JsonValueKind.Null, some.GetProperty("metadata").ValueKind);
        Assert.IsFalse(some.TryGetProperty("state", out _));

        var all = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/la-1"));
        foreach (var part in new[] { "config", "state", "report", "metadata" })
        {
            Assert.IsTrue(all.TryGetProperty(part, out _), part);
        }
    }

    [TestMethod]
    public async Task PlaceholdersAreExpandedOnlyInTheCommand()
    {
        var process = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/la-1?filter=config,state"));

        Assert.AreEqual("{memfs}/{processid}.m3u8", process.GetProperty("config").GetProperty("output")[0].GetProperty("address").GetString());
        CollectionAssert.Contains(
            process.GetProperty("state").GetProperty("command").EnumerateArray().Select(a => a.GetString()).ToArray(),
            "http://admin:mempass@127.0.0.1:8080/memfs/la-1.m3u8");
    }

    [TestMethod]
    public async Task AnUpdateMergesIntoTheConfigAndCanRename()
    {
        await HttpAssert.JsonAsync(await PostAsync(Config("up-1", "before")));
        var updated = await HttpAssert.JsonAsync(await client.PutAsync("/api/v3/process/up-1", new StringContent("""{"reference":"after"}""", Encoding.UTF8, "application/json")));
        Assert.AreEqual("after", updated.GetProperty("reference").GetString());
        Assert.AreEqual("in", updated.GetProperty("input")[0].GetProperty("id").GetString(), "absent keys keep their values");

        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/process/up-1", new StringContent("""{"input":[]}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Process can't be updated");
        await HttpAssert.ErrorAsync(await client.PutAsync("/api/v3/process/up-1", new StringContent("""{"id":"la-1"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Process can't be updated", "process already exists");

        await HttpAssert.JsonAsync(await client.PutAsync("/api/v3/process/up-1", new StringContent("""{"id":"up-2"}""", Encoding.UTF8, "application/json")));
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/process/up-1"), HttpStatusCode.NotFound, "Unknown process ID", "unknown process");
        Assert.AreEqual("after", (await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/up-2"))).GetProperty("reference").GetString());
        await client.DeleteAsync("/api/v3/process/up-2");
    }

    [TestMethod]
    public async Task AnUpdatePurgesTheOutputsOfTheReplacedConfigAndADeleteItsOwn()
    {
        await client.PutAsync("/api/v3/fs/mem/upd_1.ts", new StringContent("x"));
        await client.PutAsync("/api/v3/fs/mem/keep_1.ts", new StringContent("x"));
        var config = """
            {"id":"upd","autostart":false,"input":[{"id":"in","address":"testsrc2","options":["-f","lavfi"]}],
             "output":[{"id":"out","address":"-","options":["-f","null"],"cleanup":[{"pattern":"memfs:/{processid}_*.ts","purge_on_delete":true}]}]}
            """;
        await HttpAssert.JsonAsync(await PostAsync(config));

        await HttpAssert.JsonAsync(await client.PutAsync("/api/v3/process/upd", new StringContent("""{"reference":"new"}""", Encoding.UTF8, "application/json")));
        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync("/api/v3/fs/mem/upd_1.ts")).StatusCode, "purged by the update");

        await client.PutAsync("/api/v3/fs/mem/upd_2.ts", new StringContent("x"));
        await client.DeleteAsync("/api/v3/process/upd");
        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync("/api/v3/fs/mem/upd_2.ts")).StatusCode, "purged by the delete");
        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/api/v3/fs/mem/keep_1.ts")).StatusCode, "nothing else");
    }

    [TestMethod]
    public async Task AReloadFailsOnceAReferencedProcessIsGone()
    {
        await HttpAssert.JsonAsync(await PostAsync(Config("src-1")));
        await HttpAssert.JsonAsync(await PostAsync($$"""{"id":"ref-1","autostart":false,"input":[{"id":"in","address":"#src-1:output=out"}],"output":[{"id":"out","address":"-","options":["-f","null"]}]}"""));
        var command = (await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/ref-1/state"))).GetProperty("command");
        CollectionAssert.Contains(command.EnumerateArray().Select(a => a.GetString()).ToArray(), "http://admin:mempass@127.0.0.1:8080/memfs/src-1.m3u8");

        await client.DeleteAsync("/api/v3/process/src-1");
        await HttpAssert.ErrorAsync(
            await client.PutAsync("/api/v3/process/ref-1/command", new StringContent("""{"command":"reload"}""", Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "Command failed", "reference error for '#ref-1:in': unknown process 'src-1' (#src-1:output=out)");
        await client.DeleteAsync("/api/v3/process/ref-1");
    }

    [TestMethod]
    public async Task TheConfigHasEverySectionTheUiReads()
    {
        var config = (await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/config"))).GetProperty("config");

        Assert.AreEqual(JsonValueKind.Array, config.GetProperty("host").GetProperty("name").ValueKind);
        foreach (var section in new[] { "tls", "rtmp", "srt", "ffmpeg", "sessions", "metrics", "router" })
        {
            Assert.AreEqual(JsonValueKind.Object, config.GetProperty(section).ValueKind, section);
        }

        Assert.AreEqual("/", config.GetProperty("rtmp").GetProperty("app").GetString());
        Assert.AreEqual("[redacted]", config.GetProperty("storage").GetProperty("memory").GetProperty("auth").GetProperty("password").GetString());
        Assert.AreEqual("admin", config.GetProperty("storage").GetProperty("memory").GetProperty("auth").GetProperty("username").GetString());
    }

    [TestMethod]
    public async Task RtmpAndSrtListingsAreNotRoutedWithTheServersOff()
    {
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/rtmp"), HttpStatusCode.NotFound, "Not Found", "Not Found");
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/srt"), HttpStatusCode.NotFound, "Not Found", "Not Found");
    }
}
