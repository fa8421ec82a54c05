using System.Buffers;

namespace CoreApi.Web;

/// <summary>A request body over its endpoint's limit; answered with 413 in the contract's error shape.</summary>
public sealed class PayloadTooLargeException(long limit)
    : Exception($"The request body is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
