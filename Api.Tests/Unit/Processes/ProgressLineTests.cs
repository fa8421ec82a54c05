using CoreApi.Processes;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class ProgressLineTests
{
    [TestMethod]
    [DataRow("frame=   46 fps=9.2 q=19.0 size=     189kB time=00:00:04.10 bitrate= 377.5kbits/s speed=0.9x")]
    [DataRow("[info] frame=   46 fps=9.2 q=19.0 size=     189kB time=00:00:04.10 bitrate= 377.5kbits/s speed=0.9x")]
    public void AStatusLineIsReadWithOrWithoutALevelPrefix(string line)
    {
        var progress = ProgressLine.Parse(line)!.Value;

        Assert.AreEqual(46UL, progress.Frame);
        Assert.AreEqual(19.0, progress.Q);
        Assert.AreEqual(189UL, progress.SizeKb);
        Assert.AreEqual(4.1, progress.Time!.Value, 1e-9);
        Assert.AreEqual(0.9, progress.Speed);
    }

    [TestMethod]
    public void MissingAndUnavailableValuesAreNull()
    {
        var progress = ProgressLine.Parse("frame=    0 fps=0.0 q=0.0 size=N/A time=N/A bitrate=N/A speed=N/A")!.Value;

        Assert.AreEqual(0UL, progress.Frame);
        Assert.IsNull(progress.SizeKb);
        Assert.IsNull(progress.Time);
        Assert.IsNull(progress.Speed);
        Assert.IsNull(progress.Drop);
    }

    [TestMethod]
    public void TheFinalLineWithLsizeDropAndDupIsRead()
    {
        var progress = ProgressLine.Parse("frame=  100 fps= 10 q=-1.0 Lsize=     512kB time=00:01:00.00 bitrate=  69.9kbits/s dup=3 drop=2 speed=1.01x")!.Value;

        Assert.AreEqual(512UL, progress.SizeKb);
        Assert.AreEqual(60.0, progress.Time);
        Assert.AreEqual(3UL, progress.Dup);
        Assert.AreEqual(2UL, progress.Drop);
        Assert.AreEqual(-1.0, progress.Q);
    }

    [TestMethod]
    [DataRow("Press [q] to stop, [?] for help")]
    [DataRow("[info] Stream mapping:")]
    [DataRow("size=     256kB time=00:00:01.00 bitrate=2097.2kbits/s")]
    [DataRow("[unknown] frame=1")]
    public void OtherLinesAreNotStatusLines(string line) => Assert.IsNull(ProgressLine.Parse(line));
}
