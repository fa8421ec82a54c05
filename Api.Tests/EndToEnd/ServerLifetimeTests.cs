using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.EndToEnd;

/// <summary>The server as its own OS process with a real FFmpeg: no FFmpeg outlives it, however it ends, and started processes come back.</summary>
[TestClass]
public sealed class ServerLifetimeTests
{
    private static async Task<int> StartProcessAsync(ServerProcess server, HttpClient client, string id, string? config = null)
    {
        var response = await client.PostAsync("/api/v3/process", new StringContent(config ?? Ffmpeg.Config(id), Encoding.UTF8, "application/json"));
        Assert.IsTrue(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var children = server.Children();
        Assert.AreEqual(1, children.Count, "one FFmpeg runs as the server's child");
        return children[0];
    }

    private static async Task<bool> GoneWithinAsync(int pid, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (ServerProcess.IsAlive(pid) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return !ServerProcess.IsAlive(pid);
    }

    [TestMethod]
    public async Task AKillNineOfTheServerLeavesNoFfmpegBehind()
    {
        Ffmpeg.Require();
        using var server = new ServerProcess(TempDirectory.Create());
        var ffmpeg = await StartProcessAsync(server, await server.WaitUntilReadyAsync(), "killed-server");
        try
        {
            server.KillHard();

            Assert.IsTrue(await GoneWithinAsync(ffmpeg, TimeSpan.FromSeconds(5)), "FFmpeg still runs after the server was killed");
        }
        finally
        {
            if (ServerProcess.IsAlive(ffmpeg))
            {
                System.Diagnostics.Process.GetProcessById(ffmpeg).Kill();
            }
        }
    }

    [TestMethod]
    public async Task ASigtermStopsEveryFfmpegAndTheNextStartBringsTheProcessBack()
    {
        Ffmpeg.Require();
        var directory = TempDirectory.Create();
        int ffmpeg;
        using (var server = new ServerProcess(directory))
        {
            // HLS into {memfs}: after the restart it must find memfs listening at its first write.
            var hls = """
                {"id":"comes-back","input":[{"id":"in","address":"testsrc2=size=320x180:rate=10","options":["-re","-f","lavfi"]}],
                 "output":[{"id":"out","address":"{memfs}/comes-back.m3u8","options":["-c:v","libx264","-preset","ultrafast","-g","10","-f","hls","-hls_time","1","-method","PUT"]}]}
                """;
            ffmpeg = await StartProcessAsync(server, await server.WaitUntilReadyAsync(), "comes-back", hls);
            server.Terminate();

            Assert.IsTrue(server.WaitForExit(TimeSpan.FromSeconds(15)), "the server stops on SIGTERM");
            Assert.IsFalse(ServerProcess.IsAlive(ffmpeg), "FFmpeg was stopped before the server exited");
        }

        using var again = new ServerProcess(directory);
        var client = await again.WaitUntilReadyAsync();
        var state = await HttpAssert.JsonAsync(await client.GetAsync("/api/v3/process/comes-back/state"));
        Assert.AreEqual("start", state.GetProperty("order").GetString());
        Assert.AreEqual("running", state.GetProperty("exec").GetString());
        Assert.AreEqual(1, again.Children().Count);
        var until = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < until && (await client.GetAsync("/memfs/comes-back.m3u8")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            await Task.Delay(300);
        }

        Assert.AreEqual(System.Net.HttpStatusCode.OK, (await client.GetAsync("/memfs/comes-back.m3u8")).StatusCode, "the restarted process writes its stream into memfs");
        await client.PutAsync("/api/v3/process/comes-back/command", new StringContent("""{"command":"stop"}""", Encoding.UTF8, "application/json"));
    }
}
