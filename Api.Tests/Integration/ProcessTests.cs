using System.Net;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Processes through HTTP with a real FFmpeg on tiny lavfi sources; every process is stopped when the server stops.</summary>
[TestClass]
public sealed class ProcessTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["ffmpeg:max_processes"] = "3" });
        client = factory.CreateClient((await factory.LoginAsync()).Access);
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PostAsync(string json) => client.PostAsync("/api/v3/process", new StringContent(json, Encoding.UTF8, "application/json"));

    private static Task<HttpResponseMessage> CommandAsync(string id, string command) =>
        client.PutAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/command", new StringContent($"{{\"command\":\"{command}\"}}", Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> StateAsync(string id) => await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/state"));

    private static async Task<JsonElement> WaitForAsync(string id, Func<JsonElement, bool> condition, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var state = await StateAsync(id);
            if (condition(state) || DateTime.UtcNow > until)
            {
                return state;
            }

            await Task.Delay(200);
        }
    }

    private static string NewId() => "restreamer-ui:ingest:" + Guid.NewGuid().ToString("N")[..8];

    [TestMethod]
    public async Task AProcessRunsWithProgressUnderTheUisLogLevelAndStopsAsDatarheiDescribes()
    {
        Ffmpeg.Require();
        var id = NewId();
        try
        {
            var created = await HttpAssert.JsonAsync(await PostAsync(Ffmpeg.Config(id)));
            Assert.AreEqual(id, created.GetProperty("id").GetString());

            var running = await WaitForAsync(id, s => s.GetProperty("progress").GetProperty("fps").GetDouble() > 0 && s.GetProperty("progress").GetProperty("frame").GetInt64() > 5);
            Assert.AreEqual("running", running.GetProperty("exec").GetString());
            Assert.AreEqual("start", running.GetProperty("order").GetString());
            Assert.IsTrue(running.GetProperty("progress").GetProperty("fps").GetDouble() > 0, running.ToString());
            Assert.AreEqual(320, running.GetProperty("progress").GetProperty("inputs")[0].GetProperty("width").GetInt32());
            Assert.AreEqual("in", running.GetProperty("progress").GetProperty("inputs")[0].GetProperty("id").GetString());
            CollectionAssert.Contains(running.GetProperty("command").EnumerateArray().Select(a => a.GetString()).ToArray(), "testsrc2=size=320x180:rate=10");
            StringAssert.Contains(running.GetRawText(), "\"level+info\"", "arguments read as written, not \\u002B-escaped");

            Assert.AreEqual("\"OK\"", await (await CommandAsync(id, "stop")).Content.ReadAsStringAsync());
            var stopped = await StateAsync(id);
            Assert.AreEqual("finished", stopped.GetProperty("exec").GetString());
            Assert.AreEqual("stop", stopped.GetProperty("order").GetString());
            StringAssert.EndsWith(stopped.GetProperty("last_logline").GetString(), "Exiting normally, received signal 2.");
            Assert.AreEqual(0, stopped.GetProperty("progress").GetProperty("inputs").GetArrayLength());

            var report = await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/report"));
            Assert.IsTrue(report.GetProperty("prelude").EnumerateArray().Any(l => l.GetString()!.Contains("Input #0, lavfi")));
            Assert.IsFalse(report.GetProperty("log").EnumerateArray().Any(l => l[1].GetString()!.Contains("frame=")), "status lines never enter the log");
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }
    }

    [TestMethod]
    public async Task AFailingInputIsReconnectedAfterItsDelay()
    {
        Ffmpeg.Require();
        var id = NewId();
        var missing = Path.Combine(Path.GetFullPath(Path.Combine(factory.DataDirectory, "..")), "missing.mp4");
        var config = $$"""
            {"id":"{{id}}","reconnect":true,"reconnect_delay_seconds":1,
             "input":[{"id":"in","address":"{diskfs}/missing-{{Guid.NewGuid():N}}.mp4"}],"output":[{"id":"out","address":"-","options":["-f","null"]}]}
            """;
        try
        {
            await HttpAssert.JsonAsync(await PostAsync(config));
            var failed = await WaitForAsync(id, s => s.GetProperty("exec").GetString() == "failed");
            Assert.AreEqual("failed", failed.GetProperty("exec").GetString(), failed.ToString());
            Assert.AreEqual("start", failed.GetProperty("order").GetString());

            var until = DateTime.UtcNow.AddSeconds(15);
            JsonElement report;
            do
            {
                await Task.Delay(300);
                report = await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/report"));
            }
            while (report.GetProperty("history").GetArrayLength() < 2 && DateTime.UtcNow < until);

            Assert.IsTrue(report.GetProperty("history").GetArrayLength() >= 2, "restarted about every second");
            await CommandAsync(id, "stop");
            var stopped = await StateAsync(id);
            Assert.AreEqual(-1, stopped.GetProperty("reconnect_seconds").GetInt32());
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }
    }

    [TestMethod]
    public async Task AStaleProcessIsStoppedAndItsOrderKept()
    {
        Ffmpeg.Require();
        var id = NewId();
        try
        {
            await HttpAssert.JsonAsync(await PostAsync(Ffmpeg.Config(id, ",\"stale_timeout_seconds\":2", input: "testsrc2=size=320x180:rate=0.1")));
            var stale = await WaitForAsync(id, s => s.GetProperty("exec").GetString() == "finished", 20);
            Assert.AreEqual("finished", stale.GetProperty("exec").GetString(), stale.ToString());
            Assert.AreEqual("start", stale.GetProperty("order").GetString());
            StringAssert.EndsWith(stale.GetProperty("last_logline").GetString(), "Exiting normally, received signal 2.");
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }
    }

    [TestMethod]
    public async Task AProcessOverItsMemoryLimitIsStopped()
    {
        Ffmpeg.Require();
        var id = NewId();
        try
        {
            await HttpAssert.JsonAsync(await PostAsync(Ffmpeg.Config(id, ",\"limits\":{\"memory_mbytes\":1,\"waitfor_seconds\":1}")));
            var stopped = await WaitForAsync(id, s => s.GetProperty("exec").GetString() == "finished", 20);
            Assert.AreEqual("finished", stopped.GetProperty("exec").GetString(), stopped.ToString());
            Assert.AreEqual("start", stopped.GetProperty("order").GetString());
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }
    }

    [TestMethod]
    public async Task AProbeDescribesTheInputsWithoutStartingTheProcess()
    {
        Ffmpeg.Require();
        var id = NewId();
        var config = $$"""
            {"id":"{{id}}","autostart":false,
             "input":[{"id":"v","address":"testsrc2=size=320x180:rate=10","options":["-f","lavfi"]},{"id":"a","address":"anullsrc=r=44100:cl=stereo","options":["-f","lavfi"]}],
             "output":[{"id":"out","address":"-","options":["-f","null"]}]}
            """;
        try
        {
            await HttpAssert.JsonAsync(await PostAsync(config));
            var probe = await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/probe"));

            var streams = probe.GetProperty("streams");
            Assert.AreEqual(2, streams.GetArrayLength(), probe.ToString());
            Assert.AreEqual(("video", "rawvideo", 320, 180, "yuv420p"), (streams[0].GetProperty("type").GetString(), streams[0].GetProperty("codec").GetString(), streams[0].GetProperty("width").GetInt32(), streams[0].GetProperty("height").GetInt32(), streams[0].GetProperty("pix_fmt").GetString()));
            Assert.AreEqual(("audio", 1, 44100, "stereo"), (streams[1].GetProperty("type").GetString(), streams[1].GetProperty("index").GetInt32(), streams[1].GetProperty("sampling_hz").GetInt32(), streams[1].GetProperty("layout").GetString()));
            Assert.IsTrue(probe.GetProperty("log").EnumerateArray().Any(l => l.GetString()!.Contains("At least one output file must be specified")));
            Assert.AreEqual("finished", (await StateAsync(id)).GetProperty("exec").GetString());
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }
    }

    [TestMethod]
    public async Task SkillsListWhatDebiansFfmpegCanDo()
    {
        Ffmpeg.Require();
        var skills = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/skills/reload"));

        StringAssert.StartsWith(skills.GetProperty("ffmpeg").GetProperty("version").GetString(), "5.");
        Assert.IsTrue(skills.GetProperty("filter").GetArrayLength() > 400);
        var video = skills.GetProperty("codecs").GetProperty("video").EnumerateArray().ToList();
        Assert.IsTrue(video.Single(c => c.GetProperty("id").GetString() == "h264").GetProperty("encoders").EnumerateArray().Any(e => e.GetString() == "libx264"));
        Assert.AreEqual(JsonValueKind.Null, video.Single(c => c.GetProperty("id").GetString() == "012v").GetProperty("encoders").ValueKind);
        Assert.IsTrue(skills.GetProperty("formats").GetProperty("muxers").EnumerateArray().Any(f => f.GetProperty("id").GetString() == "hls"));
        Assert.IsTrue(skills.GetProperty("protocols").GetProperty("output").EnumerateArray().Any(p => p.GetProperty("id").GetString() == "http"));
        Assert.IsTrue(skills.GetProperty("hwaccels").GetArrayLength() > 0);
        Assert.AreEqual(skills.GetRawText(), (await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/skills"))).GetRawText());
    }

    [TestMethod]
    public async Task StartedProcessesAreLimitedByMaxProcesses()
    {
        var ids = Enumerable.Range(0, 4).Select(_ => NewId()).ToArray();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await HttpAssert.JsonAsync(await PostAsync(Ffmpeg.Config(ids[i], ",\"autostart\":false")));
                Assert.AreEqual(HttpStatusCode.OK, (await CommandAsync(ids[i], "start")).StatusCode);
            }

            await HttpAssert.ErrorAsync(await PostAsync(Ffmpeg.Config(ids[3])), HttpStatusCode.BadRequest, "Invalid process config", "max. number of running processes (3) reached");
            await HttpAssert.JsonAsync(await PostAsync(Ffmpeg.Config(ids[3], ",\"autostart\":false")));
            await HttpAssert.ErrorAsync(await CommandAsync(ids[3], "start"), HttpStatusCode.BadRequest, "Command failed", "max. number of running processes (3) reached");

            await CommandAsync(ids[0], "stop");
            Assert.AreEqual(HttpStatusCode.OK, (await CommandAsync(ids[3], "start")).StatusCode);
        }
        finally
        {
            foreach (var id in ids)
            {
                await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
            }
        }
    }
}
