using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using CoreApi.Filesystems;
using CoreApi.Hosting;
using CoreApi.Processes;
using Microsoft.Extensions.Options;

namespace CoreApi.Benchmarks;

/// <summary>One pass of the output cleanup rules over a memfs of 10 000 files (100 channels of 100 segments), as the server runs it once a second.</summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class CleanupBenchmarks
{
    private OutputCleanup cleanup = null!;
    private IReadOnlyList<CleanupTarget> targets = null!;

    [GlobalSetup]
    public void Setup()
    {
        var filesystems = new FileSystems(Options.Create(new CoreOptions { Storage = { Disk = { Dir = Directory.CreateTempSubdirectory("core-bench").FullName } } }), new StaticAddresses(), TimeProvider.System);
        for (var channel = 0; channel < 100; channel++)
        {
            for (var segment = 0; segment < 100; segment++)
            {
                filesystems.Memory.WriteAsync($"/channel{channel}_{segment:D4}.ts", PipeReader.Create(new MemoryStream(new byte[16])), 16, CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        cleanup = new OutputCleanup(filesystems, new Placeholders(new PlaceholderValues("/d", "http://m/memfs", "rtmp://localhost:1935", "", "localhost:6000", "", "")), TimeProvider.System);
        // 100 processes with the Restreamer UI's two rules each; limits high enough that the pass finds and keeps everything.
        targets = [.. Enumerable.Range(0, 100).SelectMany(channel => cleanup.Targets(new ProcessConfig(
            $"channel{channel}", "", [], [new ProcessIo("output_0", "-", [], [new CleanupRule($"memfs:/channel{channel}_*.ts", 1000, 3600, false), new CleanupRule($"memfs:/channel{channel}.m3u8", 0, 3600, false)])],
            [], false, 0, false, 0, ProcessLimits.None)))];
    }

    [Benchmark]
    public int CleanupPassOver10000Files() => cleanup.Apply(targets);

    private sealed class StaticAddresses : IFilesystemAddresses
    {
        public string DiskDirectory => Path.GetTempPath();

        public string MemfsUrl => "http://127.0.0.1:8080/memfs";
    }
}
