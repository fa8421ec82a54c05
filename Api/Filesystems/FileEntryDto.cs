using System.Text.Json.Serialization;

namespace CoreApi.Filesystems;

/// <summary>A file as the fs API lists it: its path, size and last write (Unix seconds).</summary>
public sealed record FileEntryDto(
    string Name,
    [property: JsonPropertyName("size_bytes")] long SizeBytes,
    [property: JsonPropertyName("last_modified")] long LastModified);
