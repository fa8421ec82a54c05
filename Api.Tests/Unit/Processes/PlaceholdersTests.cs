using CoreApi.Processes;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class PlaceholdersTests
{
    private static readonly Placeholders Expander = new(new PlaceholderValues("/srv/core/data", "http://memuser:mempass@127.0.0.1:8080/memfs", "rtmp://localhost:1935", "", "localhost:6000", "", ""));

    private static string Expand(string text, PlaceholderScope scope) => Expander.Expand(text, scope, "pid", "ref", "in1", "out1");

    [TestMethod]
    [DataRow("{memfs}/{processid}.m3u8", "http://memuser:mempass@127.0.0.1:8080/memfs/pid.m3u8")]
    [DataRow("{diskfs}/{reference}/{outputid}.mp4", "/srv/core/data/ref/out1.mp4")]
    [DataRow("{fs:mem}/x", "http://memuser:mempass@127.0.0.1:8080/memfs/x")]
    [DataRow("{rtmp,name=$processid.stream}", "rtmp://localhost:1935/pid.stream")]
    [DataRow("{srt,name=$processid,latency=1000}", "srt://localhost:6000?mode=caller&transtype=live&latency=1000&streamid=pid,mode:publish")]
    [DataRow("{rtmp,name={processid}.x}", "rtmp://localhost:1935/{processid.x}")]
    [DataRow("{unknown}/{inputid}", "{unknown}/{inputid}")]
    [DataRow("{memfs^:}", "http\\\\://memuser\\\\:mempass@127.0.0.1\\\\:8080/memfs")]
    [DataRow("{diskfs^/}", "\\\\/srv\\\\/core\\\\/data")]
    public void OutputAddressesExpandAsDatarheiDoes(string text, string expected) => Assert.AreEqual(expected, Expand(text, PlaceholderScope.OutputAddress));

    [TestMethod]
    public void InputsGetTheirRequestModeForSrt() =>
        Assert.AreEqual("srt://localhost:6000?mode=caller&transtype=live&latency=20000&streamid=s,mode:request", Expand("{srt,name=s}", PlaceholderScope.InputAddress));

    [TestMethod]
    public void GlobalOptionsExpandOnlyTheFilesystemsOnDisk()
    {
        Assert.AreEqual("{memfs}", Expand("{memfs}", PlaceholderScope.GlobalOption));
        Assert.AreEqual("/srv/core/data", Expand("{diskfs}", PlaceholderScope.GlobalOption));
        Assert.AreEqual("{processid}", Expand("{processid}", PlaceholderScope.GlobalOption));
    }

    [TestMethod]
    public void OptionsDoNotExpandStreamingServers() => Assert.AreEqual("{rtmp,name=x}", Expand("{rtmp,name=x}", PlaceholderScope.OutputOption));
}
