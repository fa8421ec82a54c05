using System.IO.Pipelines;
using CoreApi.Filesystems;
using CoreApi.Hosting;
using CoreApi.Processes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class OutputCleanupTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-12-01T00:00:00Z"));
    private FileSystems filesystems = null!;
    private OutputCleanup cleanup = null!;

    [TestInitialize]
    public void Create()
    {
        var addresses = new Mock<IFilesystemAddresses>();
        addresses.SetupGet(a => a.DiskDirectory).Returns(Support.TempDirectory.Create());
        filesystems = new FileSystems(Options.Create(new CoreOptions()), addresses.Object, time);
        cleanup = new OutputCleanup(filesystems, new Placeholders(new PlaceholderValues("/d", "http://m/memfs", "rtmp://localhost:1935", "", "localhost:6000", "", "")), time);
    }

    private static ProcessConfig Config(params CleanupRule[] rules) =>
        new("cam", "ref", [], [new ProcessIo("out", "-", [], rules)], [], false, 0, false, 0, ProcessLimits.None);

    private async Task Write(string path)
    {
        await filesystems.Memory.WriteAsync(path, PipeReader.Create(new MemoryStream([1, 2, 3])), 3, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
    }

    private string[] Files() => [.. filesystems.Memory.List().Select(f => f.Name).Order(StringComparer.Ordinal)];

    [TestMethod]
    public async Task OnlyTheNewestMaxFilesMatchingFilesAreKept()
    {
        foreach (var i in Enumerable.Range(0, 6))
        {
            await Write($"/cam_{i}.ts");
        }

        await Write("/cam.m3u8");
        await Write("/other_0.ts");

        Assert.AreEqual(2, cleanup.Apply(cleanup.Targets(Config(new CleanupRule("memfs:/{processid}_*.ts", 4, 0, false)))));
        CollectionAssert.AreEqual(new[] { "/cam.m3u8", "/cam_2.ts", "/cam_3.ts", "/cam_4.ts", "/cam_5.ts", "/other_0.ts" }, Files());
    }

    [TestMethod]
    public async Task FilesOlderThanTheMaxAgeAreDeleted()
    {
        await Write("/cam_old.ts");
        time.Advance(TimeSpan.FromSeconds(30));
        await Write("/cam_new.ts");

        cleanup.Apply(cleanup.Targets(Config(new CleanupRule("mem:/cam_*", 0, 10, false))));

        CollectionAssert.AreEqual(new[] { "/cam_new.ts" }, Files());
    }

    [TestMethod]
    public async Task PurgeOnDeleteRemovesEveryMatchingFileAndOtherPrefixesAreIgnored()
    {
        await Write("/cam/a.ts");
        await Write("/cam/sub/b.ts");
        await Write("/keep.ts");

        var targets = cleanup.Targets(Config(new CleanupRule("memfs:/{processid}/**", 0, 0, true), new CleanupRule("s3:/**", 1, 0, true)));
        Assert.AreEqual(1, targets.Count);
        cleanup.Purge(targets);

        CollectionAssert.AreEqual(new[] { "/keep.ts" }, Files());
    }

    [TestMethod]
    public async Task TheStarDoesNotCrossDirectories()
    {
        await Write("/cam/a.ts");
        await Write("/cam_x.ts");

        cleanup.Purge(cleanup.Targets(Config(new CleanupRule("memfs:/*.ts", 0, 0, true))));

        CollectionAssert.AreEqual(new[] { "/cam/a.ts" }, Files());
    }
}
