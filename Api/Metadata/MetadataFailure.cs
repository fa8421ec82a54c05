using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CoreApi.Metadata;

public enum MetadataFailure
{
    InvalidKey,
    InvalidJson,
    NotFound,
}
