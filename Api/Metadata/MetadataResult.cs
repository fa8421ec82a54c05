using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CoreApi.Metadata;

/// <summary>A value or the reason there is none; <see cref="Detail"/> explains a failure to the client.</summary>
public sealed record MetadataResult(MetadataValue? Value, MetadataFailure? Failure, string? Detail = null)
{
    public static MetadataResult Found(MetadataValue value) => new(value, null);

    public static MetadataResult Failed(MetadataFailure failure, string detail) => new(null, failure, detail);
}
