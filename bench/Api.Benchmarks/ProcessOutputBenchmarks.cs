using BenchmarkDotNet.Attributes;
using CoreApi.Processes;

namespace CoreApi.Benchmarks;

/// <summary>What the server does with each line FFmpeg writes: the status-line parse and the progress and report updates.</summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
public class ProcessOutputBenchmarks
{
    private const string Status = "[info] frame=  461 fps= 10 q=24.8 size=    1893kB time=00:00:46.10 bitrate= 336.4kbits/s speed=   1x";
    private const string LogLine = "[info] [hls @ 0x55d0c1f0] Opening 'http://admin:pw@127.0.0.1:8080/memfs/x_12.ts' for writing";

    private readonly ProgressTracker tracker = new();
    private readonly RunReport report = new(0, 50);
    private double now;

    [Benchmark]
    public ProgressLine? ParseStatusLine() => ProgressLine.Parse(Status);

    [Benchmark]
    public void StatusLineIntoProgress()
    {
        if (ProgressLine.Parse(Status) is { } line)
        {
            tracker.Update(line, now += 0.5);
        }
    }

    [Benchmark]
    public ProgressLine? ParseAndKeepLogLine()
    {
        var parsed = ProgressLine.Parse(LogLine);
        report.Add(1, LogLine);
        return parsed;
    }
}
