namespace CoreApi.Processes;

/// <summary>CPU (percent of the machine) and memory (MiB) a running FFmpeg may use for longer than <see cref="WaitforSeconds"/>; 0 = off.</summary>
public sealed record ProcessLimits(double CpuUsage, ulong MemoryMbytes, uint WaitforSeconds)
{
    public static readonly ProcessLimits None = new(0, 0, 0);
}
