using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>Per-process limits (§4.6); 0 = off.</summary>
public sealed class ProcessLimitsDto
{
    /// <summary>CPU in percent of the whole machine (all cores = 100).</summary>
    [JsonPropertyName("cpu_usage")]
    public double CpuUsage { get; set; }

    /// <summary>Resident memory in MiB.</summary>
    [JsonPropertyName("memory_mbytes")]
    public ulong MemoryMbytes { get; set; }

    /// <summary>How long a limit must be exceeded before FFmpeg is stopped.</summary>
    [JsonPropertyName("waitfor_seconds")]
    public uint WaitforSeconds { get; set; }
}
