using CoreApi.Hosting;

namespace CoreApi.Processes;

/// <summary>
/// The supervisor of one process (§4): its order and exec state, the FFmpeg run, reconnect, the stale timeout and the
/// limits, the report and the progress. Commands are serialised by <see cref="commands"/>; the state that readers see
/// is guarded by <see cref="gate"/>, so that a GET never waits for a stop.
/// </summary>
public sealed class ProcessRuntime(ProcessLauncher launcher, FfmpegBinary binary, TimeProvider time, FfmpegLogOptions logOptions, ILogger logger)
{
    private const int MaxPreludeParses = 10;

    private readonly SemaphoreSlim commands = new(1, 1);
    private readonly Lock gate = new();
    private readonly Queue<RunReport> history = new();
    private FfmpegRun? run;
    private RunReport report = null!;
    private ProgressTracker progress = new();
    private Prelude? prelude;
    private int preludeParses;
    private DateTimeOffset execChangedAt;
    private DateTimeOffset? reconnectAt;
    private DateTimeOffset? overLimitSince;
    private bool stopRequested;
    private ulong memoryBytes;
    private double cpuUsage;

    public required ProcessConfig Config { get; set; }

    /// <summary>The process's metadata: key → compact JSON.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    public required IReadOnlyList<string> Command { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    public ProcessOrder Order { get; private set; }

    public ExecState Exec { get; private set; }

    /// <summary>Sets the state of a process that is new or comes back from the store; nothing runs yet.</summary>
    public void Initialize(ProcessOrder order)
    {
        Order = order;
        Exec = ExecState.Finished;
        execChangedAt = time.GetUtcNow();
        report = new RunReport(CreatedAt, logOptions.MaxLines);
    }

    public Task StartAsync() => SerializedAsync(async () =>
    {
        Order = ProcessOrder.Start;
        if (run is null)
        {
            await SpawnAsync();
        }
    });

    public Task StopAsync() => SerializedAsync(() =>
    {
        lock (gate)
        {
            Order = ProcessOrder.Stop;
            reconnectAt = null;
        }

        return StopRunAsync();
    });

    /// <summary>Stops FFmpeg and starts it again, when the order is <c>start</c> (datarhei's restart never comes back without reconnect; ours does).</summary>
    public Task RestartAsync() => SerializedAsync(async () =>
    {
        if (Order != ProcessOrder.Start)
        {
            return;
        }

        await StopRunAsync();
        await SpawnAsync();
    });

    /// <summary>
    /// Replaces the command (a reload or an update): a fresh report, and a restart when the order is <c>start</c>.
    /// <paramref name="whileStopped"/> runs after the old FFmpeg has exited and before the new one starts (an update's
    /// <c>purge_on_delete</c>, which must neither race the old writer nor delete the new one's files).
    /// </summary>
    public Task ReplaceAsync(ProcessConfig config, IReadOnlyList<string> command, bool keepHistory, Action? whileStopped = null) => SerializedAsync(async () =>
    {
        await StopRunAsync();
        whileStopped?.Invoke();
        lock (gate)
        {
            Config = config;
            Command = command;
            if (!keepHistory)
            {
                history.Clear();
            }
            else
            {
                PushHistory();
            }

            report = new RunReport(time.GetUtcNow().ToUnixTimeSeconds(), logOptions.MaxLines);
        }

        if (Order == ProcessOrder.Start)
        {
            await SpawnAsync(pushHistory: false);
        }
    });

    /// <summary>Stops FFmpeg for good (delete, shutdown); the order is left as it is, so that a shutdown restarts it on the next boot.</summary>
    public Task ShutdownAsync() => SerializedAsync(() =>
    {
        lock (gate)
        {
            reconnectAt = null;
        }

        return StopRunAsync();
    });

    /// <summary>Once a second: samples CPU and memory, applies the stale timeout and the limits, and reconnects when due.</summary>
    public async Task TickAsync()
    {
        if (!await commands.WaitAsync(0))
        {
            return;
        }

        try
        {
            var now = time.GetUtcNow();
            if (run is { } current)
            {
                var (memory, cpu) = current.Sample();
                bool stale, overLimit;
                lock (gate)
                {
                    memoryBytes = memory;
                    cpuUsage = cpu;
                    stale = IsStale(now);
                    overLimit = IsOverLimit(now, memory, cpu);
                }

                if (stale || overLimit)
                {
                    logger.LogInformation("Process {Id}: stopping FFmpeg ({Reason}); reconnect applies", Config.Id, stale ? "no new frame within the stale timeout" : "over its limits");
                    await current.StopAsync();
                    Exited(current, await current.Exited, null);
                }
            }
            else if (ReconnectDue(now))
            {
                await SpawnAsync();
            }
        }
        finally
        {
            commands.Release();
        }
    }

    public ProcessStateDto State()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var running = run is not null;
            return new ProcessStateDto
            {
                Order = Order == ProcessOrder.Start ? "start" : "stop",
                Exec = Exec.ToString().ToLowerInvariant(),
                RuntimeSeconds = (long)(now - execChangedAt).TotalSeconds,
                ReconnectSeconds = reconnectAt is { } due && Order == ProcessOrder.Start && !running ? Math.Max(0, (long)Math.Ceiling((due - now).TotalSeconds)) : -1,
                LastLogline = report.LastLine,
                Progress = running ? Progress() : EmptyProgress,
                MemoryBytes = running ? memoryBytes : 0,
                CpuUsage = running ? Math.Round(cpuUsage, 3) : 0,
                Command = Command,
            };
        }
    }

    public ProcessReportDto Report()
    {
        lock (gate)
        {
            return new ProcessReportDto
            {
                CreatedAt = report.CreatedAt,
                Prelude = report.Prelude(),
                Log = Lines(report),
                History = [.. history.Select(old => new ProcessReportHistoryDto { CreatedAt = old.CreatedAt, Prelude = old.Prelude(), Log = Lines(old) })],
            };
        }
    }

    private static readonly ProgressDto EmptyProgress = new() { Inputs = [], Outputs = [] };

    private static IReadOnlyList<string[]> Lines(RunReport of) =>
        [.. of.Log().Select(entry => new[] { entry.Time.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Line })];

    private ProgressDto Progress() => new()
    {
        Inputs = prelude is null ? [] : [.. prelude.Inputs.Select(stream => Io(stream, Config.Inputs))],
        Outputs = prelude is null ? [] : [.. prelude.Outputs.Select(stream => Io(stream, Config.Outputs))],
        Frame = progress.Frame,
        Fps = Math.Round(progress.Fps, 3),
        Q = progress.Q,
        SizeKb = progress.SizeKb,
        Time = progress.Time,
        BitrateKbit = Math.Round(progress.BitrateKbit, 3),
        Speed = progress.Speed,
        Drop = progress.Drop,
        Dup = progress.Dup,
    };

    private static ProgressIoDto Io(StreamInfo stream, IReadOnlyList<ProcessIo> configured) => new()
    {
        Id = stream.Index < configured.Count ? configured[stream.Index].Id : "",
        Address = stream.Address,
        Index = stream.Index,
        Stream = stream.Stream,
        Format = stream.Format,
        Type = stream.Type,
        Codec = stream.Codec,
        PixFmt = stream.PixFmt.Length > 0 ? stream.PixFmt : null,
        Width = stream.Width,
        Height = stream.Height,
        SamplingHz = stream.SamplingHz,
        Layout = stream.Layout.Length > 0 ? stream.Layout : null,
    };

    private bool ReconnectDue(DateTimeOffset now)
    {
        lock (gate)
        {
            return Order == ProcessOrder.Start && reconnectAt is { } due && now >= due;
        }
    }

    private bool IsStale(DateTimeOffset now)
    {
        if (Config.StaleTimeoutSeconds == 0 || Exec != ExecState.Running)
        {
            return false;
        }

        var since = progress.LastFrameAt is { } at ? DateTimeOffset.FromUnixTimeMilliseconds((long)(at * 1000)) : execChangedAt;
        return (now - since).TotalSeconds > Config.StaleTimeoutSeconds;
    }

    private bool IsOverLimit(DateTimeOffset now, ulong memory, double cpu)
    {
        var limits = Config.Limits;
        var over = (limits.MemoryMbytes > 0 && memory > limits.MemoryMbytes * 1024 * 1024) || (limits.CpuUsage > 0 && cpu > limits.CpuUsage);
        if (!over)
        {
            overLimitSince = null;
            return false;
        }

        overLimitSince ??= now;
        return (now - overLimitSince.Value).TotalSeconds >= limits.WaitforSeconds;
    }

    private async Task SpawnAsync(bool pushHistory = true)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (pushHistory)
            {
                PushHistory();
                report = new RunReport(now.ToUnixTimeSeconds(), logOptions.MaxLines);
            }

            progress = new ProgressTracker();
            prelude = null;
            preludeParses = 0;
            reconnectAt = null;
            overLimitSince = null;
            stopRequested = false;
            SetExec(ExecState.Starting, now);
        }

        if (binary.Path is not { } executable)
        {
            Exited(null, -1, $"FFmpeg was not found: '{binary.Configured}' (ffmpeg.binary)");
            return;
        }

        try
        {
            var started = await FfmpegRun.StartAsync(launcher, executable, Command, OnLine);
            lock (gate)
            {
                run = started;
                SetExec(ExecState.Running, time.GetUtcNow());
            }

            _ = started.Exited.ContinueWith(exit => Exited(started, exit.Result, null), TaskScheduler.Default);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            Exited(null, -1, $"FFmpeg could not be started: {e.Message}");
        }
    }

    private void OnLine(string line)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (ProgressLine.Parse(line) is { } values)
            {
                // As datarhei: parsed at the first status line, and again on later ones while fewer output streams than
                // mapped ones were found (FFmpeg may print an output's streams late); at most a few times, since the
                // parse runs regular expressions over up to 150 lines.
                if (!report.PreludeComplete || (prelude is not null && prelude.Outputs.Count < prelude.MappedStreams && preludeParses < MaxPreludeParses))
                {
                    report.CompletePrelude();
                    prelude = PreludeParser.Parse(report.Prelude());
                    preludeParses++;
                }

                progress.Update(values, now.ToUnixTimeMilliseconds() / 1000.0);
                return;
            }

            report.Add(now.ToUnixTimeSeconds(), line);
        }
    }

    // §4.3: 0 and 255 (FFmpeg's answer to SIGINT/SIGTERM) are a normal end; death by a signal (128 + N) is "killed".
    private void Exited(FfmpegRun? ended, int exitCode, string? reason)
    {
        lock (gate)
        {
            if (ended is not null && !ReferenceEquals(ended, run))
            {
                return;
            }

            if (reason is not null)
            {
                report.Add(time.GetUtcNow().ToUnixTimeSeconds(), reason);
                logger.LogWarning("Process {Id}: {Reason}", Config.Id, reason);
            }

            var exec = exitCode is 0 or 255 ? ExecState.Finished : exitCode is > 128 and < 160 ? ExecState.Killed : ExecState.Failed;
            run = null;
            ended?.Dispose();
            memoryBytes = 0;
            cpuUsage = 0;
            var now = time.GetUtcNow();
            SetExec(exec, now);
            if (Order == ProcessOrder.Start && Config.Reconnect && !stopRequested)
            {
                reconnectAt = now.AddSeconds(Config.ReconnectDelaySeconds);
            }
        }
    }

    private async Task StopRunAsync()
    {
        FfmpegRun? current;
        lock (gate)
        {
            current = run;
            stopRequested = true;
            if (current is not null)
            {
                SetExec(ExecState.Finishing, time.GetUtcNow());
            }
        }

        if (current is not null)
        {
            await current.StopAsync();

            // The exit continuation may not have run yet: a stop answers only once the state shows the exit.
            Exited(current, await current.Exited, null);
        }
    }

    private void PushHistory()
    {
        if (report is { HasPrelude: true })
        {
            history.Enqueue(report);
            while (history.Count > logOptions.MaxHistory)
            {
                history.Dequeue();
            }
        }
    }

    // One command at a time per process: a start never overlaps a stop of the same FFmpeg.
    private async Task SerializedAsync(Func<Task> command)
    {
        await commands.WaitAsync();
        try
        {
            await command();
        }
        finally
        {
            commands.Release();
        }
    }

    private void SetExec(ExecState exec, DateTimeOffset now)
    {
        Exec = exec;
        execChangedAt = now;
    }
}
