namespace CoreApi.Processes;

/// <summary>Per-stream frame rate statistics; 0 with a stock FFmpeg.</summary>
public sealed class FramerateDto
{
    public double Min { get; init; }

    public double Max { get; init; }

    public double Avg { get; init; }
}
