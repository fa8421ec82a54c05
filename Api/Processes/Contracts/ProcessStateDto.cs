using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>What a process does now (§3.7).</summary>
public sealed class ProcessStateDto
{
    /// <summary><c>start</c> or <c>stop</c>: what was asked.</summary>
    public required string Order { get; init; }

    /// <summary><c>finished</c>, <c>starting</c>, <c>running</c>, <c>finishing</c>, <c>failed</c> or <c>killed</c>: what FFmpeg does.</summary>
    public required string Exec { get; init; }

    [JsonPropertyName("runtime_seconds")]
    public long RuntimeSeconds { get; init; }

    /// <summary>Seconds until the next reconnect; -1 when none is pending.</summary>
    [JsonPropertyName("reconnect_seconds")]
    public long ReconnectSeconds { get; init; }

    [JsonPropertyName("last_logline")]
    public required string LastLogline { get; init; }

    public required ProgressDto Progress { get; init; }

    [JsonPropertyName("memory_bytes")]
    public ulong MemoryBytes { get; init; }

    /// <summary>CPU in percent of the whole machine.</summary>
    [JsonPropertyName("cpu_usage")]
    public double CpuUsage { get; init; }

    /// <summary>The FFmpeg arguments with placeholders expanded.</summary>
    public required IReadOnlyList<string> Command { get; init; }
}
