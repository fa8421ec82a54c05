using CoreApi.Processes;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class MediaAddressPolicyTests
{
    private static string disk = null!;
    private static MediaAddressPolicy policy = null!;

    [ClassInitialize]
    public static void Create(TestContext _)
    {
        var root = TempDirectory.Create();
        disk = Path.Combine(root, "data");
        Directory.CreateDirectory(disk);
        Directory.CreateDirectory(disk + "-outside");
        File.CreateSymbolicLink(Path.Combine(disk, "escape"), "/etc");
        policy = new MediaAddressPolicy(new LocalPathRule(disk, root), AccessRules.None, new AccessRules([], ["^rtmp://blocked"]));
    }

    [TestMethod]
    [DataRow("/etc/passwd")]
    [DataRow("file:/etc/passwd")]
    [DataRow("file:///etc/passwd")]
    [DataRow("concat:{disk}/a.ts|/etc/passwd")]
    [DataRow("subfile,,start,0,end,0,:/etc/passwd")]
    [DataRow("cache:file:/etc/passwd")]
    [DataRow("async:/etc/passwd")]
    [DataRow("crypto+file:/etc/passwd")]
    [DataRow("{disk}/../etc/passwd")]
    [DataRow("{disk}/escape/passwd")]
    [DataRow("{disk}-outside/f")]
    [DataRow("/dev/shm/x")]
    [DataRow("fd:3")]
    [DataRow("unix:/var/run/docker.sock")]
    [DataRow("concatf:{disk}/list.txt")]
    public void LocalFilesOutsideTheDiskDirectoryCannotBeRead(string address) =>
        Assert.IsNotNull(policy.InputProblem(address.Replace("{disk}", disk), []), address);

    [TestMethod]
    [DataRow("{disk}/in.mp4")]
    [DataRow("file:{disk}/sub/in.mp4")]
    [DataRow("http://camera.local/stream.m3u8")]
    [DataRow("rtmp://example.com/live/key")]
    [DataRow("concat:{disk}/a.ts|{disk}/b.ts")]
    [DataRow("/dev/null")]
    [DataRow("-")]
    public void InputsInsideTheRulesAreAllowed(string address) =>
        Assert.IsNull(policy.InputProblem(address.Replace("{disk}", disk), []), address);

    [TestMethod]
    [DataRow("movie=/etc/passwd")]
    [DataRow("movie=filename=/etc/passwd")]
    [DataRow("amovie='/etc/passwd'")]
    [DataRow("testsrc,drawtext=textfile=/etc/passwd")]
    [DataRow("testsrc[a];[a]frei0r=distort0r")]
    [DataRow("sendcmd=f=cmds.txt,testsrc")]
    public void FilterGraphsCannotReachLocalFilesOrLoadCode(string graph) =>
        Assert.IsNotNull(policy.InputProblem(graph, ["-f", "lavfi"]), graph);

    [TestMethod]
    [DataRow("testsrc2=size=320x180:rate=10")]
    [DataRow("anullsrc=r=44100:cl=stereo")]
    [DataRow("color=c=black:s=1280x720:r=30000/1001")]
    public void TestSourcesAreAllowed(string graph) => Assert.IsNull(policy.InputProblem(graph, ["-re", "-f", "lavfi"]), graph);

    [TestMethod]
    [DataRow("-attach", "/etc/passwd")]
    [DataRow("-filter_script", "/etc/passwd")]
    [DataRow("-i", "/etc/shadow")]
    [DataRow("-vf", "movie=/etc/passwd")]
    [DataRow("-filter_complex", "[0:v]scale=iw/2:ih/2,drawtext=fontfile=/etc/passwd")]
    [DataRow("-safe", "0")]
    [DataRow("-report", "x")]
    [DataRow("-/vf", "/etc/passwd")]
    public void OptionsThatNameFilesOutsideAreRefused(string option, string value) =>
        Assert.IsNotNull(policy.OptionsProblem([option, value], output: false), $"{option} {value}");

    [TestMethod]
    [DataRow("-master_pl_name", "../../etc/x.m3u8")]
    [DataRow("-hls_fmp4_init_filename", "/tmp/init.mp4")]
    public void NamesPlacedNextToTheOutputCannotBePaths(string option, string value) =>
        Assert.IsNotNull(policy.OptionsProblem([option, value], output: true), $"{option} {value}");

    [TestMethod]
    public void NamesPlacedNextToTheOutputPass() =>
        Assert.IsNull(policy.OptionsProblem(["-f", "hls", "-master_pl_name", "master.m3u8", "-hls_fmp4_init_filename", "init.mp4"], output: true));

    [TestMethod]
    public void HarmlessOptionsAndExpressionsPass() =>
        Assert.IsNull(policy.OptionsProblem(["-vf", "scale=iw/2:ih/2", "-c:v", "libx264", "-r", "30000/1001", "-f", "hls", "-hls_segment_filename", disk + "/s_%d.ts"], output: true));

    [TestMethod]
    [DataRow("{disk}-outside/x.mp4")]
    [DataRow("/tmp/x.mp4")]
    [DataRow("rtmp://blocked/x")]
    [DataRow("[f=mpegts]{disk}/a.ts|[f=flv]/tmp/b.flv")]
    [DataRow("data:text/plain,x")]
    [DataRow("[f=hls:hls_segment_filename=/tmp/s_%d.ts]{disk}/x.m3u8")]
    public void OutputsOutsideTheRulesAreRefused(string address) =>
        Assert.IsNotNull(policy.OutputProblem(address.Replace("{disk}", disk)), address);

    [TestMethod]
    [DataRow("{disk}/new/dir/x.m3u8")]
    [DataRow("http://admin:pw@127.0.0.1:8080/memfs/x.m3u8")]
    [DataRow("-")]
    [DataRow("pipe:1")]
    [DataRow("/dev/null")]
    [DataRow("[f=mpegts]{disk}/a.ts|[f=flv]rtmp://ok/b")]
    public void OutputsInsideTheRulesAreAllowed(string address) =>
        Assert.IsNull(policy.OutputProblem(address.Replace("{disk}", disk)), address);
}
