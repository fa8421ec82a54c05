using CoreApi.Configuration;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Memory;

/// <summary>
/// Returns memory to the system when load stops (<see cref="MemoryTrimPolicy"/>, <c>debug.memory_trim_idle_seconds</c>),
/// so the server's resident memory falls back after a burst instead of staying at its peak until the next one.
/// </summary>
public sealed partial class IdleMemoryTrimmer(IProcessMemory memory, IOptionsMonitor<CoreOptions> options, TimeProvider time, ILogger<IdleMemoryTrimmer> logger)
    : IHostedService, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly MemoryTrimPolicy policy = new();
    private ITimer? timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        timer = time.CreateTimer(_ => Tick(), null, Interval, Interval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        timer?.Dispose();
        timer = null;
    }

    private void Tick()
    {
        // A timer callback: a tick that found the previous one still running (a slow trim) is simply skipped.
        if (!Monitor.TryEnter(policy))
        {
            return;
        }

        try
        {
            if (policy.Tick(memory.AllocatedBytes, options.CurrentValue.Debug.MemoryTrimIdleSeconds))
            {
                var before = memory.ResidentBytes;
                memory.Trim();
                Trimmed(before >> 20, memory.ResidentBytes >> 20);
            }
        }
        catch (OptionsValidationException)
        {
            // Settings being reloaded are invalid: skip this second, as the rest of the server keeps its last good ones.
        }
        finally
        {
            Monitor.Exit(policy);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Memory returned to the system after load: resident {BeforeMegabytes} MB, now {AfterMegabytes} MB")]
    private partial void Trimmed(long beforeMegabytes, long afterMegabytes);
}
