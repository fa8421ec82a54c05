using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>One stream of an input or output in the progress (§5); per-stream counters stay 0 with a stock FFmpeg.</summary>
public sealed class ProgressIoDto
{
    public required string Id { get; init; }

    public required string Address { get; init; }

    public int Index { get; init; }

    public int Stream { get; init; }

    public required string Format { get; init; }

    public required string Type { get; init; }

    public required string Codec { get; init; }

    public string Coder { get; init; } = "";

    public ulong Frame { get; init; }

    public ulong Keyframe { get; init; }

    public FramerateDto Framerate { get; init; } = new();

    public double Fps { get; init; }

    public ulong Packet { get; init; }

    public double Pps { get; init; }

    [JsonPropertyName("size_kb")]
    public ulong SizeKb { get; init; }

    [JsonPropertyName("bitrate_kbit")]
    public double BitrateKbit { get; init; }

    [JsonPropertyName("extradata_size_bytes")]
    public ulong ExtradataSizeBytes { get; init; }

    [JsonPropertyName("pix_fmt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PixFmt { get; init; }

    public double Q { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Width { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Height { get; init; }

    [JsonPropertyName("sampling_hz")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int SamplingHz { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Layout { get; init; }

    /// <summary>Always <c>null</c> (datarhei fills it only for its own stream sources).</summary>
    public JsonElement? Avstream { get; init; }
}
