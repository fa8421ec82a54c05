using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.EndToEnd;

/// <summary>A real FFmpeg writes HLS over HTTP PUT into {memfs} on a real socket; cleanup rules hold the segments.</summary>
[TestClass]
public sealed class HlsToMemfsTests
{
    [TestMethod]
    public async Task FfmpegWritesHlsIntoMemfsAndTheCleanupRulesHoldIt()
    {
        Ffmpeg.Require();
        using var factory = new CoreApiFactory();
        using var client = new HttpClient { BaseAddress = factory.StartKestrel() };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await factory.LoginAsync(client)).Access);
        const string id = "restreamer-ui:ingest:hls";
        var config = """
            {"id":"restreamer-ui:ingest:hls","options":["-loglevel","level+info"],
             "input":[{"id":"in","address":"testsrc2=size=320x180:rate=10","options":["-re","-f","lavfi"]}],
             "output":[{"id":"out","address":"{memfs}/hls/{outputid}.m3u8",
               "options":["-c:v","libx264","-preset","ultrafast","-g","10","-f","hls","-hls_time","1","-hls_list_size","3",
                          "-hls_segment_filename","{memfs}/hls/{outputid}_%d.ts","-method","PUT"],
               "cleanup":[{"pattern":"memfs:/hls/{outputid}_*.ts","max_files":4,"purge_on_delete":true},
                          {"pattern":"memfs:/hls/{outputid}.m3u8","purge_on_delete":true}]}]}
            """;
        try
        {
            Assert.AreEqual(HttpStatusCode.OK, (await client.PostAsync("/api/v3/process", new StringContent(config, Encoding.UTF8, "application/json"))).StatusCode);

            JsonElement segments = default;
            var until = DateTime.UtcNow.AddSeconds(20);
            do
            {
                await Task.Delay(500);
                segments = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/fs/mem?glob=/hls/out_*.ts&sort=lastmod&order=desc"));
            }
            while (DateTime.UtcNow < until && !segments.EnumerateArray().Any(s => s.GetProperty("name").GetString() == "/hls/out_7.ts"));

            var names = segments.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
            Assert.IsTrue(names.Contains("/hls/out_7.ts"), "FFmpeg wrote eight segments: " + string.Join(", ", names) + (await client.GetStringAsync($"/api/v3/process/{Uri.EscapeDataString(id)}?filter=state,report")));
            Assert.IsTrue(names.Count <= 6, "the cleanup keeps four (one or two may be new since the last pass, which runs once a second): " + string.Join(", ", names));
            Assert.IsFalse(names.Contains("/hls/out_0.ts"));

            using var player = new HttpClient { BaseAddress = client.BaseAddress };
            var playlist = await player.GetAsync("/memfs/hls/out.m3u8");
            Assert.AreEqual("application/vnd.apple.mpegurl", playlist.Content.Headers.ContentType!.MediaType);
            StringAssert.StartsWith(await playlist.Content.ReadAsStringAsync(), "#EXTM3U");
            var segment = await player.GetAsync("/memfs" + names[0]);
            Assert.AreEqual("video/MP2T", segment.Content.Headers.ContentType!.MediaType);
            Assert.AreEqual(0x47, (await segment.Content.ReadAsByteArrayAsync())[0], "an MPEG-TS packet starts with its sync byte");
            Assert.AreEqual(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v3/fs/mem/hls/out.m3u8"))).StatusCode);

            var state = await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/state"));
            StringAssert.StartsWith(state.GetProperty("progress").GetProperty("outputs")[0].GetProperty("address").GetString(), "http://admin:");
            Assert.IsTrue(state.GetProperty("progress").GetProperty("fps").GetDouble() > 0, state.ToString());

            await client.PutAsync($"/api/v3/process/{Uri.EscapeDataString(id)}/command", new StringContent("""{"command":"stop"}""", Encoding.UTF8, "application/json"));
            Assert.IsTrue((await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/fs/mem?glob=/hls/**"))).GetArrayLength() > 0, "a stop purges nothing");
        }
        finally
        {
            await client.DeleteAsync($"/api/v3/process/{Uri.EscapeDataString(id)}");
        }

        Assert.AreEqual(0, (await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/fs/mem?glob=/hls/**"))).GetArrayLength(), "a delete purges the outputs");
    }
}
