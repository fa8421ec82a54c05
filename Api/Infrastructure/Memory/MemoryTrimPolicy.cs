namespace CoreApi.Infrastructure.Memory;

/// <summary>
/// Decides, once a second, whether to hand unused memory back to the system: after a busy spell, once the server has
/// been quiet for the configured seconds. Under load the runtime keeps its young generation at full size (the budget
/// it sizes from the CPU's cache, 16 MB here) and the C library keeps what its threads freed; both are the server's
/// resident memory until something returns them, and a collection that returns them costs a pause, which is why it
/// waits for quiet and runs once per busy spell, not on a clock.
/// </summary>
public sealed class MemoryTrimPolicy
{
    /// <summary>
    /// Allocation per second below which the server counts as quiet: its own timers allocate a few kilobytes a second,
    /// one request some kilobytes, so this is a handful of requests a second at most.
    /// </summary>
    public const long QuietBytesPerSecond = 256 * 1024;

    /// <summary>Allocation since the last trim that makes the next one worth its full collection: a few thousand requests.</summary>
    public const long BusyBytes = 32 * 1024 * 1024;

    private long last = -1;
    private long sinceTrim;
    private int quietSeconds;

    /// <summary>
    /// Counts one second whose end found <paramref name="allocatedBytes"/> allocated by the process so far; true when
    /// memory should be trimmed now. <paramref name="idleSeconds"/> 0 never trims.
    /// </summary>
    public bool Tick(long allocatedBytes, int idleSeconds)
    {
        if (last < 0)
        {
            last = allocatedBytes;
            return false;
        }

        var allocated = allocatedBytes - last;
        last = allocatedBytes;
        sinceTrim += allocated;
        quietSeconds = allocated < QuietBytesPerSecond ? quietSeconds + 1 : 0;
        if (idleSeconds <= 0 || quietSeconds < idleSeconds || sinceTrim < BusyBytes)
        {
            return false;
        }

        sinceTrim = 0;
        return true;
    }
}
