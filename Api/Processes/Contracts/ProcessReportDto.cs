using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>The FFmpeg output of the current run and the runs before it (§6).</summary>
public sealed class ProcessReportDto
{
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; init; }

    /// <summary>The lines before the first progress line.</summary>
    public required IReadOnlyList<string> Prelude { get; init; }

    /// <summary><c>[unix seconds as a string, line]</c> pairs.</summary>
    public required IReadOnlyList<string[]> Log { get; init; }

    /// <summary>Earlier runs, oldest first.</summary>
    public required IReadOnlyList<ProcessReportHistoryDto> History { get; init; }
}
