using System.Buffers;

namespace CoreApi.Contracts;

/// <summary>A request body over its endpoint's limit; answered with 413 in the contract's error shape.</summary>
public sealed class PayloadTooLargeException(long limit)
    : Exception($"The request body is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}

/// <summary>Reads a request body up to a limit, whether or not the server enforces one of its own.</summary>
public static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException(limit);
        }

        using var buffer = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? 4096, limit));
        // A pooled chunk: a fresh 16 KiB array per login would be allocated and zeroed for a 50-byte body.
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new PayloadTooLargeException(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>Whether the content type is <c>application/x-www-form-urlencoded</c> (with or without parameters).</summary>
    public static bool IsUrlEncodedForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fields of a url-encoded form body read by <see cref="ReadAsync"/>.</summary>
    public static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> ParseForm(ReadOnlyMemory<byte> body) =>
        new Microsoft.AspNetCore.WebUtilities.FormReader(System.Text.Encoding.UTF8.GetString(body.Span)).ReadForm();
}
