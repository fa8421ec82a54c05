using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>A process config as clients send it and read it back (CONTRACT-CORE §2.1).</summary>
public sealed class ProcessConfigDto
{
    /// <summary>The process id; generated (22 characters) when empty.</summary>
    public string? Id { get; set; }

    /// <summary>Only <c>ffmpeg</c>; always echoed as <c>ffmpeg</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Free text; the process list can be filtered by it.</summary>
    public string? Reference { get; set; }

    /// <summary>At least one input.</summary>
    public List<ProcessIoDto>? Input { get; set; }

    /// <summary>At least one output.</summary>
    public List<ProcessIoDto>? Output { get; set; }

    /// <summary>Global FFmpeg options, placed first.</summary>
    public List<string>? Options { get; set; }

    /// <summary>Start FFmpeg again after it exits while the order is <c>start</c>.</summary>
    public bool Reconnect { get; set; }

    [JsonPropertyName("reconnect_delay_seconds")]
    public uint ReconnectDelaySeconds { get; set; }

    /// <summary>Start at creation; <c>true</c> when absent.</summary>
    public bool? Autostart { get; set; }

    /// <summary>Stop FFmpeg when no frame came for this long; 0 = off.</summary>
    [JsonPropertyName("stale_timeout_seconds")]
    public uint StaleTimeoutSeconds { get; set; }

    public ProcessLimitsDto? Limits { get; set; }
}
