using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>A process as <c>GET /api/v3/process/{id}</c> answers it (§3.3); the parts not asked for by <c>filter</c> are absent.</summary>
public sealed class ProcessDto
{
    public required string Id { get; init; }

    public string Type { get; init; } = "ffmpeg";

    public required string Reference { get; init; }

    [JsonPropertyName("created_at")]
    public long CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public long UpdatedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessConfigDto? Config { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessStateDto? State { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessReportDto? Report { get; init; }

    /// <summary>The process's metadata; JSON <c>null</c> when it has none. Absent unless asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement Metadata { get; init; }
}
