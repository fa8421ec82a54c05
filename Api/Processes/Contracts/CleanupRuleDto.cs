using System.Text.Json.Serialization;

namespace CoreApi.Processes;

/// <summary>A cleanup rule of an output: which files of a filesystem to keep (§8.5).</summary>
public sealed class CleanupRuleDto
{
    /// <summary><c>memfs:/glob</c> or <c>diskfs:/glob</c>.</summary>
    public string? Pattern { get; set; }

    [JsonPropertyName("max_files")]
    public uint MaxFiles { get; set; }

    [JsonPropertyName("max_file_age_seconds")]
    public uint MaxFileAgeSeconds { get; set; }

    [JsonPropertyName("purge_on_delete")]
    public bool PurgeOnDelete { get; set; }
}
