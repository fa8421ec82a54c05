using System.IO.Pipelines;
using System.Text;
using CoreApi.Filesystems;
using Microsoft.Extensions.Time.Testing;

namespace CoreApi.Tests.Unit.Filesystems;

[TestClass]
public sealed class MemoryFileSystemTests
{
    private const long MiB = 1024 * 1024;

    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-12-01T00:00:00Z"));

    private static PipeReader Body(long size) => PipeReader.Create(new MemoryStream(new byte[size]));

    private Task<WriteOutcome> WriteAsync(MemoryFileSystem fs, string path, long size, bool announceLength = true) =>
        fs.WriteAsync(path, Body(size), announceLength ? size : null, CancellationToken.None);

    [TestMethod]
    public async Task AFileOfExactlyTheCapacityFitsAndOneByteMoreIsTooBig()
    {
        var fs = new MemoryFileSystem(2 * MiB, purge: false, time);

        Assert.IsTrue((await WriteAsync(fs, "/a", 2 * MiB)).Created);
        Assert.AreEqual(WriteOutcome.TooBig, (await WriteAsync(fs, "/b", 2 * MiB + 1)).Problem);
        Assert.AreEqual(2 * MiB, fs.UsedBytes);

        // Without a length (chunked, as FFmpeg sends) the size is known only as it arrives.
        var empty = new MemoryFileSystem(2 * MiB, purge: false, time);
        Assert.AreEqual(WriteOutcome.TooBig, (await WriteAsync(empty, "/c", 2 * MiB + 1, announceLength: false)).Problem);
        Assert.AreEqual(0, empty.UsedBytes);
    }

    [TestMethod]
    public async Task AWriteBeyondTheFreeSpaceFailsAndChangesNothing()
    {
        var fs = new MemoryFileSystem(2 * MiB, purge: false, time);
        await WriteAsync(fs, "/a", MiB + (MiB / 2));

        var outcome = await WriteAsync(fs, "/b", MiB, announceLength: false);

        Assert.AreEqual(WriteOutcome.NoSpace, outcome.Problem);
        Assert.IsNull(fs.Read("/b"));
        Assert.AreEqual(MiB + (MiB / 2), fs.UsedBytes);
    }

    [TestMethod]
    public async Task OverwritingCountsOnlyTheDifference()
    {
        var fs = new MemoryFileSystem(2 * MiB, purge: false, time);
        await WriteAsync(fs, "/a", MiB);

        var outcome = await WriteAsync(fs, "/a", MiB + (MiB / 2), announceLength: false);

        Assert.IsNull(outcome.Problem);
        Assert.IsFalse(outcome.Created);
        Assert.AreEqual(MiB + (MiB / 2), fs.UsedBytes);
    }

    [TestMethod]
    public async Task PurgeDeletesTheOldestFilesUntilTheWriteFits()
    {
        var fs = new MemoryFileSystem(3 * MiB, purge: true, time);
        foreach (var name in new[] { "/1", "/2", "/3" })
        {
            await WriteAsync(fs, name, MiB);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.IsNull((await WriteAsync(fs, "/4", MiB + 1, announceLength: false)).Problem);

        CollectionAssert.AreEquivalent(new[] { "/3", "/4" }, fs.List().Select(f => f.Name).ToArray());
        Assert.IsTrue(fs.UsedBytes <= 3 * MiB);
    }

    [TestMethod]
    public async Task PurgeDeletesNothingWhenTheWriteCouldNotFitAnyway()
    {
        var fs = new MemoryFileSystem(2 * MiB, purge: true, time);
        await WriteAsync(fs, "/1", MiB);

        Assert.AreEqual(WriteOutcome.TooBig, (await WriteAsync(fs, "/big", 3 * MiB)).Problem);
        Assert.IsNotNull(fs.Read("/1"));
    }

    [TestMethod]
    public async Task AReaderSeesTheWholeOldFileOrTheWholeNewOne()
    {
        var fs = new MemoryFileSystem(0, purge: false, time);
        await fs.WriteAsync("/p.m3u8", PipeReader.Create(new MemoryStream(Encoding.ASCII.GetBytes(new string('a', 200_000)))), null, CancellationToken.None);

        var pipe = new Pipe();
        var write = fs.WriteAsync("/p.m3u8", pipe.Reader, null, CancellationToken.None);
        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes(new string('b', 100_000)));
        using (var reader = new StreamReader(fs.Read("/p.m3u8")!.Open!()))
        {
            Assert.AreEqual(new string('a', 200_000), await reader.ReadToEndAsync(), "half of the new file is never visible");
        }

        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes(new string('b', 100_000)));
        await pipe.Writer.CompleteAsync();
        await write;
        using var after = new StreamReader(fs.Read("/p.m3u8")!.Open!());
        Assert.AreEqual(new string('b', 200_000), await after.ReadToEndAsync());
    }

    [TestMethod]
    public async Task ConcurrentWritersNeverPassTheCap()
    {
        var fs = new MemoryFileSystem(4 * MiB, purge: true, time);

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => WriteAsync(fs, $"/s{i % 16}.ts", (i % 5 + 1) * 100_000, announceLength: false))));

        Assert.IsTrue(fs.UsedBytes <= 4 * MiB, fs.UsedBytes.ToString());
        Assert.AreEqual(fs.List().Sum(f => f.Size), fs.UsedBytes, "the accounting matches the files");
    }
}
