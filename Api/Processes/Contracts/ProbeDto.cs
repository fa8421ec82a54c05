namespace CoreApi.Processes;

/// <summary>What a probe of the process's inputs found (§3.9).</summary>
public sealed class ProbeDto
{
    public required IReadOnlyList<ProbeStreamDto> Streams { get; init; }

    /// <summary>Every line FFmpeg printed during the probe.</summary>
    public required IReadOnlyList<string> Log { get; init; }
}
