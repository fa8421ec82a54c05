namespace CoreApi.Web;

/// <summary>Ready UTF-8 JSON written as the response in one piece, with its <c>Content-Length</c> (not chunked).</summary>
public static class JsonBytes
{
    public const string ContentType = "application/json; charset=utf-8";

    public static Task WriteAsync(HttpResponse response, int statusCode, ReadOnlyMemory<byte> utf8)
    {
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = utf8.Length;
        var write = response.BodyWriter.WriteAsync(utf8, response.HttpContext.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }
}
