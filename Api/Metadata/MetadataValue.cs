using System.Buffers;
using System.Text.Json;

namespace CoreApi.Metadata;

/// <summary>
/// A metadata value: any JSON document (RFC 8259), stored in compact form. It is parsed and written out
/// completely before it is accepted, so duplicate keys, broken escapes or lone surrogates are refused
/// up front instead of failing later when the value is read.
/// </summary>
public sealed record MetadataValue
{
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private MetadataValue(string json) => Json = json;

    /// <summary>The compact JSON text.</summary>
    public string Json { get; }

    public bool IsNull => Json == "null";

    /// <summary>Parses <paramref name="utf8"/>; on failure <paramref name="error"/> says why, as the parser did.</summary>
    public static MetadataValue? Parse(ReadOnlyMemory<byte> utf8, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, ParseOptions);
            var buffer = new ArrayBufferWriter<byte>(utf8.Length + 16);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, MaxDepth = MaxDepth + 1 }))
            {
                document.RootElement.WriteTo(writer);
            }

            error = null;
            return new MetadataValue(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>A value read back from storage, where only parsed values are written.</summary>
    public static MetadataValue FromStored(string json) => new(json);
}
