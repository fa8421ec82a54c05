using System.Text.Json.Serialization;

namespace CoreApi.Filesystems;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<FilesystemDto>))]
[JsonSerializable(typeof(IReadOnlyList<FileEntryDto>))]
public sealed partial class FilesystemJsonContext : JsonSerializerContext;
