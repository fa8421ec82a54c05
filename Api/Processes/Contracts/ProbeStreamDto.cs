using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>One stream of an input as the probe saw it; every key is always present.</summary>
public sealed class ProbeStreamDto
{
    public required string Url { get; init; }

    public required string Format { get; init; }

    public int Index { get; init; }

    public int Stream { get; init; }

    public required string Language { get; init; }

    public required string Type { get; init; }

    public required string Codec { get; init; }

    public string Coder { get; init; } = "";

    [JsonPropertyName("bitrate_kbps")]
    public double BitrateKbps { get; init; }

    [JsonPropertyName("duration_sec")]
    public double DurationSec { get; init; }

    public double Fps { get; init; }

    [JsonPropertyName("pix_fmt")]
    public required string PixFmt { get; init; }

    public int Width { get; init; }

    public int Height { get; init; }

    [JsonPropertyName("sampling_hz")]
    public int SamplingHz { get; init; }

    public required string Layout { get; init; }

    public int Channels { get; init; }
}
