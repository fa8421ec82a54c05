using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.EndToEnd;

/// <summary>
/// The Restreamer UI's own flow (its <c>src/utils/restreamer.js</c>, CONTRACT-CORE §15) replayed against a running
/// server with a real FFmpeg: log in, read about, config, skills and metadata, probe a virtual source, upsert the
/// ingest and snapshot processes the way the UI writes them, start, wait for "connected", read the stream from
/// /memfs, ask metrics and sessions as the dashboard does, upload the player to the disk filesystem, stop, delete
/// and clean up.
/// </summary>
[TestClass]
public sealed class RestreamerUiFlowTests
{
    private static readonly string ChannelId = Guid.NewGuid().ToString();
    private static readonly string IngestId = $"restreamer-ui:ingest:{ChannelId}";

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private static string Path(string id) => Uri.EscapeDataString(id);

    // _upsertProcess: PUT, and on 404 POST.
    private static async Task UpsertAsync(HttpClient api, string id, object config)
    {
        var put = await api.PutAsync($"/api/v3/process/{Path(id)}", Json(config));
        if (put.StatusCode == HttpStatusCode.NotFound)
        {
            put = await api.PostAsync("/api/v3/process", Json(config));
        }

        Assert.AreEqual(HttpStatusCode.OK, put.StatusCode, await put.Content.ReadAsStringAsync());
    }

    // _deleteProcess: a 404 counts as deleted.
    private static async Task DeleteAsync(HttpClient api, string id)
    {
        var response = await api.DeleteAsync($"/api/v3/process/{Path(id)}");
        Assert.IsTrue(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, id);
    }

    private static object[] VirtualSource() => [new { address = "testsrc2=size=320x180:rate=10", options = new[] { "-re", "-f", "lavfi" } }];

    private static object IngestConfig() => new
    {
        type = "ffmpeg",
        id = IngestId,
        reference = ChannelId,
        input = VirtualSource().Select((input, i) => new { id = $"input_{i}", address = "testsrc2=size=320x180:rate=10", options = new[] { "-re", "-f", "lavfi" } }).ToArray(),
        output = new[]
        {
            new
            {
                id = "output_0",
                address = $"{{memfs}}/{ChannelId}.m3u8",
                options = new[]
                {
                    "-dn", "-sn", "-codec:v", "libx264", "-preset:v", "ultrafast", "-r", "10", "-g", "10", "-pix_fmt", "yuv420p",
                    "-metadata", $"title=http://127.0.0.1/{ChannelId}/oembed.json", "-metadata", "service_provider=datarhei-Restreamer",
                    "-f", "hls", "-start_number", "0", "-hls_time", "1", "-hls_list_size", "6", "-hls_flags", "append_list+delete_segments",
                    "-hls_segment_filename", $"{{memfs}}/{ChannelId}_%04d.ts", "-y", "-method", "PUT",
                },
                cleanup = new object[]
                {
                    new { pattern = $"memfs:/{ChannelId}_*.ts", max_files = 8, max_file_age_seconds = 8 },
                    new { pattern = $"memfs:/{ChannelId}.m3u8", max_file_age_seconds = 8 },
                },
            },
        },
        options = new[] { "-loglevel", "level+info", "-err_detect", "ignore_err" },
        autostart = false,
        reconnect = true,
        reconnect_delay_seconds = 15,
        stale_timeout_seconds = 30,
    };

    private static object SnapshotConfig() => new
    {
        type = "ffmpeg",
        id = IngestId + "_snapshot",
        reference = ChannelId,
        input = new[] { new { id = "input_0", address = $"#{IngestId}:output=output_0", options = Array.Empty<string>() } },
        output = new[] { new { id = "output_0", address = $"{{memfs}}/{ChannelId}.jpg", options = new[] { "-vframes", "1", "-f", "image2", "-update", "1" } } },
        options = new[] { "-err_detect", "ignore_err" },
        autostart = false,
        reconnect = true,
        reconnect_delay_seconds = 60,
        stale_timeout_seconds = 30,
    };

    [TestMethod]
    public async Task TheUisFlowFromLoginToCleanupWorks()
    {
        Ffmpeg.Require();
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["metrics:enable"] = "true" });
        var address = factory.StartKestrel();
        using var api = new HttpClient { BaseAddress = address };

        // Login, then what the UI reads before its main view.
        var tokens = await HttpAssert.JsonAsync(await api.PostAsync("/api/login", Json(new { username = CoreApiFactory.Username, password = CoreApiFactory.Password })));
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        var about = await HttpAssert.JsonAsync(await api.GetAsync("/api"));
        Assert.AreEqual("datarhei-core", about.GetProperty("app").GetString());
        Assert.AreNotEqual("", about.GetProperty("id").GetString());
        var config = (await HttpAssert.JsonAsync(await api.GetAsync("/api/v3/config"))).GetProperty("config");
        Assert.AreEqual(JsonValueKind.Array, config.GetProperty("host").GetProperty("name").ValueKind);
        Assert.IsFalse(config.GetProperty("tls").GetProperty("enable").GetBoolean());
        Assert.IsTrue(config.GetProperty("storage").GetProperty("memory").GetProperty("auth").GetProperty("enable").GetBoolean());
        var skills = await HttpAssert.JsonAsync(await api.GetAsync("/api/v3/skills"));
        StringAssert.StartsWith(skills.GetProperty("ffmpeg").GetProperty("version").GetString(), "5.");
        foreach (var codec in skills.GetProperty("codecs").GetProperty("video").EnumerateArray())
        {
            Assert.IsTrue(codec.TryGetProperty("encoders", out _) && codec.TryGetProperty("decoders", out _), "the UI spreads both lists");
        }

        Assert.AreEqual(HttpStatusCode.NotFound, (await api.GetAsync("/api/v3/metadata/restreamer-ui")).StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync("/api/v3/metadata/restreamer-ui", Json(new { version = 1 }))).StatusCode);
        await HttpAssert.JsonAsync(await api.GetAsync("/api/v3/process?filter=metadata"));

        try
        {
            // Probe(channelid, inputs): a temporary process, probed, deleted.
            var probeId = IngestId + "_probe";
            await DeleteAsync(api, probeId);
            Assert.AreEqual(HttpStatusCode.OK, (await api.PostAsync("/api/v3/process", Json(new
            {
                type = "ffmpeg", id = probeId, reference = ChannelId, autostart = false, reconnect = false, options = Array.Empty<string>(),
                input = new[] { new { id = "input_0", address = "testsrc2=size=320x180:rate=10", options = new[] { "-re", "-f", "lavfi" } } },
                output = new[] { new { id = "output_0", address = "-", options = new[] { "-dn", "-sn", "-codec", "copy", "-f", "null" } } },
            }))).StatusCode);
            var probe = await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/process/{Path(probeId)}/probe"));
            var stream = probe.GetProperty("streams")[0];
            Assert.AreEqual(("video", 320, 180), (stream.GetProperty("type").GetString(), stream.GetProperty("width").GetInt32(), stream.GetProperty("height").GetInt32()));
            await DeleteAsync(api, probeId);

            // UpsertIngest: the ingest and its snapshot, then the channel's metadata; then start.
            await UpsertAsync(api, IngestId, IngestConfig());
            await UpsertAsync(api, IngestId + "_snapshot", SnapshotConfig());
            Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync($"/api/v3/process/{Path(IngestId)}/metadata/restreamer-ui", Json(new { meta = new { name = "Livestream" } }))).StatusCode);
            var listed = await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/process?reference={ChannelId}&filter=metadata"));
            Assert.AreEqual(2, listed.GetArrayLength());
            Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync($"/api/v3/process/{Path(IngestId)}/command", Json(new { command = "start" }))).StatusCode);

            // _getProgressFromState: "connected" once running for 10 s with frames.
            var until = DateTime.UtcNow.AddSeconds(30);
            JsonElement state;
            do
            {
                await Task.Delay(1000);
                state = await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/process/{Path(IngestId)}/state"));
            }
            while (DateTime.UtcNow < until && !(state.GetProperty("exec").GetString() == "running" && state.GetProperty("runtime_seconds").GetInt64() >= 10 && state.GetProperty("progress").GetProperty("fps").GetDouble() > 0));

            Assert.AreEqual("running", state.GetProperty("exec").GetString(), state.ToString());
            Assert.IsTrue(state.GetProperty("runtime_seconds").GetInt64() >= 10 && state.GetProperty("progress").GetProperty("fps").GetDouble() > 0, "connected: " + state);
            Assert.AreEqual(JsonValueKind.Array, state.GetProperty("command").ValueKind);

            // HasIngestFiles, the player's reads, and the snapshot from the ingest's output.
            Assert.AreEqual(HttpStatusCode.OK, (await api.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v3/fs/mem/{ChannelId}.m3u8"))).StatusCode);
            using var player = new HttpClient { BaseAddress = address };
            var playlist = await player.GetStringAsync($"/memfs/{ChannelId}.m3u8");
            var segment = playlist.Split('\n').First(l => l.EndsWith(".ts", StringComparison.Ordinal));
            var bytes = await player.GetByteArrayAsync($"/memfs/{segment}");
            Assert.IsTrue(bytes.Length > 0 && bytes[0] == 0x47, "an MPEG-TS segment");
            Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync($"/api/v3/process/{Path(IngestId + "_snapshot")}/command", Json(new { command = "start" }))).StatusCode);

            // The dashboard: _getResources and CurrentSessions.
            var metrics = await HttpAssert.JsonAsync(await api.PostAsync("/api/v3/metrics", Json(new
            {
                metrics = new[] { "uptime_uptime", "cpu_ncpu", "cpu_idle", "mem_total", "mem_free", "filesystem_limit", "filesystem_usage", "session_limit", "session_active", "session_txbitrate", "session_maxtxbitrate" }.Select(name => new { name }),
            })));
            var memfsUsage = metrics.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "filesystem_usage" && m.GetProperty("labels").GetProperty("name").GetString() == "memfs");
            Assert.IsTrue(memfsUsage.GetProperty("values")[0][1].GetDouble() > 0, "the stream is in memfs");
            var sessions = await HttpAssert.JsonAsync(await api.GetAsync("/api/v3/session/active?collectors=ffmpeg,hls,rtmp"));
            foreach (var collector in new[] { "ffmpeg", "hls", "rtmp" })
            {
                Assert.AreEqual(JsonValueKind.Array, sessions.GetProperty(collector).ValueKind);
            }

            // UpdatePlayer: the player's files on the disk filesystem, served at /.
            foreach (var (file, content) in new[] { ($"/{ChannelId}.html", "<html>player</html>"), ($"/channels/{ChannelId}/config.js", "var playerConfig = {}"), ("/player/videojs/video.min.js", "/* js */") })
            {
                var put = await api.PutAsync("/api/v3/fs/disk" + file, new StringContent(content));
                Assert.IsTrue(put.StatusCode is HttpStatusCode.Created or HttpStatusCode.NoContent, file);
                Assert.AreEqual(content, await player.GetStringAsync(file));
            }

            Assert.AreEqual("text/javascript", (await player.GetAsync($"/channels/{ChannelId}/config.js")).Content.Headers.ContentType!.MediaType);
            var assets = await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/fs/disk?glob=/channels/{ChannelId}/*"));
            Assert.AreEqual(1, assets.GetArrayLength());

            // Stop the egresses and the ingest.
            Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync($"/api/v3/process/{Path(IngestId + "_snapshot")}/command", Json(new { command = "stop" }))).StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, (await api.PutAsync($"/api/v3/process/{Path(IngestId)}/command", Json(new { command = "stop" }))).StatusCode);
            Assert.AreEqual("finished", (await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/process/{Path(IngestId)}/state"))).GetProperty("exec").GetString());
        }
        finally
        {
            // DeleteChannel: processes, then CleanupIngest (every memfs file of the channel, one by one).
            await DeleteAsync(api, IngestId + "_snapshot");
            await DeleteAsync(api, IngestId);
            var files = await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/fs/mem?glob=/{ChannelId}*"));
            foreach (var file in files.EnumerateArray())
            {
                Assert.AreEqual(HttpStatusCode.OK, (await api.DeleteAsync("/api/v3/fs/mem" + file.GetProperty("name").GetString())).StatusCode);
            }
        }

        Assert.AreEqual(0, (await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/fs/mem?glob=/{ChannelId}*"))).GetArrayLength());
        Assert.AreEqual(0, (await HttpAssert.JsonAsync(await api.GetAsync($"/api/v3/process?reference={ChannelId}"))).GetArrayLength());
    }
}
