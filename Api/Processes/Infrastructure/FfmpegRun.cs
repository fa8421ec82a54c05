using System.Diagnostics;

namespace CoreApi.Processes;

/// <summary>One running FFmpeg: its stderr lines go to a callback; it can be interrupted (SIGINT) and killed.</summary>
public sealed class FfmpegRun : IDisposable
{
    /// <summary>How long a stop waits for FFmpeg after SIGINT before it kills it (datarhei: 5 s).</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly Process process;
    private readonly Task stderr;
    private TimeSpan lastCpu;
    private long lastSampleTicks;

    private FfmpegRun(Process process, Action<string> onLine)
    {
        this.process = process;
        process.StandardOutput.BaseStream.CopyToAsync(Stream.Null).ContinueWith(_ => { }, TaskScheduler.Default);
        stderr = Task.Run(() => StderrLineReader.ReadAsync(process.StandardError.BaseStream, onLine));
        Exited = ExitAsync();
        lastSampleTicks = Stopwatch.GetTimestamp();
    }

    /// <summary>Completes with the exit code once FFmpeg has exited and all its output has been read.</summary>
    public Task<int> Exited { get; }

    public int ProcessId => process.Id;

    public static async Task<FfmpegRun> StartAsync(ProcessLauncher launcher, string executable, IReadOnlyList<string> arguments, Action<string> onLine) =>
        new(await launcher.StartAsync(executable, arguments), onLine);

    /// <summary>SIGINT, then SIGKILL when FFmpeg has not exited after <see cref="StopGrace"/>; completes when it has exited.</summary>
    public async Task StopAsync()
    {
        if (!Exited.IsCompleted)
        {
            try
            {
                await Signals.InterruptAsync(process);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Exited meanwhile.
            }
        }

        if (await Task.WhenAny(Exited, Task.Delay(StopGrace)) != Exited)
        {
            Kill();
        }

        await Exited;
    }

    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited meanwhile.
        }
    }

    /// <summary>Resident memory in bytes and CPU in percent of the whole machine since the last sample.</summary>
    public (ulong MemoryBytes, double CpuPercent) Sample()
    {
        try
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var now = Stopwatch.GetTimestamp();
            var wall = Stopwatch.GetElapsedTime(lastSampleTicks, now);
            var percent = wall > TimeSpan.Zero ? (cpu - lastCpu).TotalSeconds / wall.TotalSeconds / Environment.ProcessorCount * 100 : 0;
            lastCpu = cpu;
            lastSampleTicks = now;
            return ((ulong)Math.Max(0, process.WorkingSet64), Math.Max(0, percent));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return (0, 0);
        }
    }

    public void Dispose() => process.Dispose();

    private async Task<int> ExitAsync()
    {
        await process.WaitForExitAsync();
        await stderr;
        return process.ExitCode;
    }
}
