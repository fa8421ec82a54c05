using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>The report of an earlier run.</summary>
public sealed class ProcessReportHistoryDto
{
    [JsonPropertyName("created_at")]
    public long CreatedAt { get; init; }

    public required IReadOnlyList<string> Prelude { get; init; }

    public required IReadOnlyList<string[]> Log { get; init; }
}
