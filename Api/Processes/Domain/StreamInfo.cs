namespace CoreApi.Processes;

/// <summary>One <c>Stream #i:j</c> of an input or output as FFmpeg described it (§3.9, §5).</summary>
public sealed record StreamInfo(
    int Index,
    int Stream,
    string Address,
    string Format,
    string Language,
    string Type,
    string Codec,
    double BitrateKbps,
    double DurationSeconds,
    double Fps,
    string PixFmt,
    int Width,
    int Height,
    int SamplingHz,
    string Layout);
