namespace CoreApi.Processes;

/// <summary>
/// Brings the stored processes back at start, ticks every supervisor once a second (CPU and memory, stale timeout,
/// limits, reconnect), and on shutdown (SIGTERM or SIGINT) stops every FFmpeg before the server exits (§9).
/// </summary>
public sealed class ProcessSupervisorService(ProcessService processes, IHostApplicationLifetime lifetime, ILogger<ProcessSupervisorService> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        processes.Restore();
        return base.StartAsync(cancellationToken);
    }


    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await processes.ShutdownAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!ProcessLauncher.DiesWithServer)
        {
            logger.LogWarning("setpriv is not available: FFmpeg processes would outlive a crash of this server");
        }

        // Only once the server listens: a process that writes to {memfs} must find it there at its first write.
        if (!await WhenStartedAsync(stoppingToken))
        {
            return;
        }

        await processes.StartRestoredAsync();

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false) is true)
        {
            // Not awaited: a tick that stops a stale FFmpeg may take 5 s, and the next second's tick must still come.
            _ = TickAsync();
        }
    }

    private async Task<bool> WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task TickAsync()
    {
        try
        {
            processes.Cleanup();
            await processes.TickAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "A process tick failed");
        }
    }
}
