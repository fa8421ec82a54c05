using System.Net;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Sessions and metrics as the Restreamer UI asks for them (CONTRACT-CORE §12, §13).</summary>
[TestClass]
public sealed class MonitoringTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["metrics:enable"] = "true",
            ["metrics:interval_sec"] = "1",
            ["storage:memory:max_size_mbytes"] = "2",
        });
        client = factory.CreateClient((await factory.LoginAsync()).Access);
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<Microsoft.AspNetCore.Http.HttpContext> GetFrom(string remote, string path) => factory.SendFrom(remote, context =>
    {
        context.Request.Method = "GET";
        context.Request.Path = path;
    });

    private static async Task<JsonElement> QueryAsync(string json) =>
        await HttpAssert.JsonAsync(await client.PostAsync("/api/v3/metrics", new StringContent(json, Encoding.UTF8, "application/json")));

    private static double Value(JsonElement answer, string name, string? label = null, string? value = null) =>
        answer.GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == name && (label is null || m.GetProperty("labels").GetProperty(label).GetString() == value))
            .GetProperty("values")[0][1].GetDouble();

    [TestMethod]
    public async Task APlayerReadingAStreamIsAnHlsSessionWithTheChannelAsReference()
    {
        await client.PutAsync("/api/v3/fs/mem/chan-a.m3u8", new StringContent("#EXTM3U"));
        await client.PutAsync("/api/v3/fs/mem/chan-a_0001.ts", new ByteArrayContent(new byte[188 * 100]));

        Assert.AreEqual(200, (await GetFrom("203.0.113.5", "/memfs/chan-a.m3u8")).Response.StatusCode);
        Assert.AreEqual(200, (await GetFrom("203.0.113.5", "/memfs/chan-a_0001.ts")).Response.StatusCode);
        await GetFrom("127.0.0.1", "/memfs/chan-a.m3u8");

        var active = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/session/active?collectors=hls,rtmp"));
        var sessions = active.GetProperty("hls").EnumerateArray().Where(s => s.GetProperty("reference").GetString() == "chan-a").ToList();
        Assert.AreEqual(1, sessions.Count, "one player; the loopback reader is ignored: " + active);
        Assert.AreEqual("203.0.113.5", sessions[0].GetProperty("remote").GetString());
        Assert.AreEqual(7 + (188 * 100), sessions[0].GetProperty("bytes_tx").GetInt64());
        Assert.IsTrue(sessions[0].GetProperty("bandwidth_tx_kbit").GetDouble() > 0);
        Assert.AreEqual(0, active.GetProperty("rtmp").GetArrayLength());

        var summary = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/session?collectors=hls"));
        Assert.IsTrue(summary.GetProperty("hls").GetProperty("summary").GetProperty("sessions").GetInt64() >= 1);
    }

    [TestMethod]
    public async Task TheUisMetricsQueryGetsEverySeriesItReads()
    {
        await client.PutAsync("/api/v3/fs/mem/metrics.bin", new ByteArrayContent(new byte[1000]));

        var answer = await QueryAsync("""
            {"timerange_sec":0,"interval_sec":0,"metrics":[{"name":"uptime_uptime"},{"name":"cpu_ncpu"},{"name":"cpu_idle"},{"name":"mem_total"},{"name":"mem_free"},
             {"name":"filesystem_limit"},{"name":"filesystem_usage"},{"name":"session_limit"},{"name":"session_active","labels":{"collector":"hls"}},
             {"name":"session_txbitrate"},{"name":"session_maxtxbitrate"},{"name":"no_such_metric"}]}
            """);

        Assert.AreEqual(Environment.ProcessorCount, Value(answer, "cpu_ncpu"));
        Assert.IsTrue(Value(answer, "cpu_idle") is >= 0 and <= 100);
        Assert.IsTrue(Value(answer, "mem_total") > 0 && Value(answer, "mem_free") > 0);
        Assert.AreEqual(2 * 1024 * 1024, Value(answer, "filesystem_limit", "name", "memfs"));
        Assert.IsTrue(Value(answer, "filesystem_usage", "name", "memfs") >= 1000);
        Assert.IsTrue(Value(answer, "filesystem_usage", "name", "diskfs") >= 0, "the disk series exist too");
        Assert.AreEqual(1, answer.GetProperty("metrics").EnumerateArray().Count(m => m.GetProperty("name").GetString() == "session_active"), "labels filter the series");
        Assert.IsFalse(answer.GetProperty("metrics").EnumerateArray().Any(m => m.GetProperty("name").GetString() == "no_such_metric"));
        Assert.AreEqual(JsonValueKind.Null, answer.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("name").GetString() == "cpu_ncpu").GetProperty("labels").ValueKind);
    }

    [TestMethod]
    public async Task TheHistoryHoldsOneValuePerInterval()
    {
        await Task.Delay(2500);
        var answer = await QueryAsync("""{"timerange_sec":30,"interval_sec":1,"metrics":[{"name":"uptime_uptime"}]}""");

        var values = answer.GetProperty("metrics")[0].GetProperty("values").EnumerateArray().Select(v => v[0].GetInt64()).ToList();
        Assert.IsTrue(values.Count >= 2, answer.ToString());
        CollectionAssert.AreEqual(values.Order().ToList(), values, "oldest first");
    }

    [TestMethod]
    public async Task MetricsAreListedByName()
    {
        var list = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/metrics"));
        var names = list.EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToList();

        CollectionAssert.AreEqual(names.Order(StringComparer.Ordinal).ToList(), names);
        CollectionAssert.IsSubsetOf(new[] { "cpu_idle", "filesystem_usage", "session_active", "uptime_uptime" }, names);
    }

    [TestMethod]
    public async Task BadQueriesAreInvalidJson()
    {
        await HttpAssert.ErrorAsync(await client.PostAsync("/api/v3/metrics", new StringContent("{", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Invalid JSON");
        await HttpAssert.ErrorAsync(await client.PostAsync("/api/v3/metrics", new StringContent("""{"timerange_sec":"x"}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "Invalid JSON");
    }

    [TestMethod]
    public async Task WithMetricsOffTheAnswerHasNoMetricsAsDatarheis()
    {
        using var off = new CoreApiFactory();
        var admin = off.CreateClient((await off.LoginAsync()).Access);

        var answer = await admin.PostAsync("/api/v3/metrics", new StringContent("""{"metrics":[{"name":"cpu_idle"}]}""", Encoding.UTF8, "application/json"));

        Assert.AreEqual("""{"timerange_sec":0,"interval_sec":0,"metrics":[]}""", await answer.Content.ReadAsStringAsync());
    }
}
