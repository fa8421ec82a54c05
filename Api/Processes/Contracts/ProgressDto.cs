using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>FFmpeg's progress, parsed from its status lines (§5).</summary>
public sealed class ProgressDto
{
    public required IReadOnlyList<ProgressIoDto> Inputs { get; init; }

    public required IReadOnlyList<ProgressIoDto> Outputs { get; init; }

    public ulong Frame { get; init; }

    public ulong Packet { get; init; }

    /// <summary>Frames per second, averaged over the last 30 seconds.</summary>
    public double Fps { get; init; }

    public double Q { get; init; }

    [JsonPropertyName("size_kb")]
    public ulong SizeKb { get; init; }

    /// <summary>Media time in seconds.</summary>
    public double Time { get; init; }

    /// <summary>kbit/s, averaged over the last 30 seconds.</summary>
    [JsonPropertyName("bitrate_kbit")]
    public double BitrateKbit { get; init; }

    public double Speed { get; init; }

    public ulong Drop { get; init; }

    public ulong Dup { get; init; }
}
