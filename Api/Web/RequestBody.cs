using System.Buffers;

namespace CoreApi.Web;

/// <summary>Reads a request body up to a limit, whether or not the server enforces one of its own.</summary>
public static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException(limit);
        }

        // From the server's own buffers (the body's PipeReader), each part copied once and consumed at once, so a large
        // body never waits in the server's buffers for the rest; a body with a length (nearly all) lands in one array
        // of that size, usually in one read.
        var reader = request.BodyReader;
        var body = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 4096, 1, Math.Max(limit, 1)));
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (body.WrittenCount + buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw new PayloadTooLargeException(limit);
            }

            foreach (var segment in buffer)
            {
                body.Write(segment.Span);
            }

            reader.AdvanceTo(buffer.End);
            if (result.IsCompleted)
            {
                return body.WrittenMemory;
            }
        }
    }

    /// <summary>Whether the content type is <c>application/x-www-form-urlencoded</c> (with or without parameters).</summary>
    public static bool IsUrlEncodedForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fields of a url-encoded form body read by <see cref="ReadAsync"/>.</summary>
    public static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> ParseForm(ReadOnlyMemory<byte> body) =>
        new Microsoft.AspNetCore.WebUtilities.FormReader(System.Text.Encoding.UTF8.GetString(body.Span)).ReadForm();
}
