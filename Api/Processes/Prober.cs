namespace CoreApi.Processes;

/// <summary>Runs FFmpeg on a process's inputs without outputs and reads what it says about them (§3.9); at most 20 s.</summary>
public static class Prober
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<ProbeDto> ProbeAsync(ProcessLauncher launcher, FfmpegBinary binary, IReadOnlyList<string> arguments)
    {
        if (binary.Path is not { } executable)
        {
            return new ProbeDto { Streams = [], Log = [$"FFmpeg was not found: '{binary.Configured}' (ffmpeg.binary)"] };
        }

        var lines = new List<string>();
        using var run = await FfmpegRun.StartAsync(launcher, executable, arguments, line =>
        {
            lock (lines)
            {
                if (lines.Count < 10_000)
                {
                    lines.Add(line);
                }
            }
        });
        if (await Task.WhenAny(run.Exited, Task.Delay(Timeout)) != run.Exited)
        {
            run.Kill();
            await run.Exited;
        }

        string[] log;
        lock (lines)
        {
            log = [.. lines];
        }

        var prelude = PreludeParser.Parse(log);
        return new ProbeDto
        {
            Streams = [.. prelude.Inputs.Select(s => new ProbeStreamDto
            {
                Url = s.Address,
                Format = s.Format,
                Index = s.Index,
                Stream = s.Stream,
                Language = s.Language,
                Type = s.Type,
                Codec = s.Codec,
                BitrateKbps = s.BitrateKbps,
                DurationSec = s.DurationSeconds,
                Fps = s.Fps,
                PixFmt = s.PixFmt,
                Width = s.Width,
                Height = s.Height,
                SamplingHz = s.SamplingHz,
                Layout = s.Layout,
            })],
            Log = log,
        };
    }
}
