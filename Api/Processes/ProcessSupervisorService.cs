namespace CoreApi.Processes;

/// <summary>
/// Brings the stored processes back at start, ticks every supervisor once a second (CPU and memory, stale timeout,
/// limits, reconnect), and on shutdown (SIGTERM or SIGINT) stops every FFmpeg before the server exits (§9).
/// </summary>
public sealed class ProcessSupervisorService(ProcessService processes, ILogger<ProcessSupervisorService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!ProcessLauncher.DiesWithServer)
        {
            logger.LogWarning("setpriv is not available: FFmpeg processes would outlive a crash of this server");
        }

        await processes.RestoreAsync();
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await processes.ShutdownAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false) is true)
        {
            // Not awaited: a tick that stops a stale FFmpeg may take 5 s, and the next second's tick must still come.
            _ = TickAsync();
        }
    }

    private async Task TickAsync()
    {
        try
        {
            await processes.TickAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "A process tick failed");
        }
    }
}
