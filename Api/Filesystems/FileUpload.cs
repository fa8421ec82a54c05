using CoreApi.Web;
using Microsoft.AspNetCore.Http.Features;

namespace CoreApi.Filesystems;

/// <summary>A request body stored as a file, for the fs API and the <c>/memfs</c> mount alike.</summary>
public static class FileUpload
{
    /// <summary>Streams the body into <paramref name="path"/>, at most <paramref name="maxMbytes"/> MiB (413 above).</summary>
    public static Task<WriteOutcome> WriteAsync(HttpRequest request, IFileSystem filesystem, string path, long maxMbytes)
    {
        var limit = maxMbytes * 1024 * 1024;
        if (request.ContentLength > limit)
        {
            throw new PayloadTooLargeException((int)Math.Min(limit, int.MaxValue));
        }

        // The server's own bound is sized for JSON bodies; this request may carry a file.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        // Not RequestAborted: FFmpeg closes its side of the connection right after the last chunk (it sends
        // "Connection: close"), which the server reports as an abort although the body is complete. A client that
        // really stops sending is cut off by Kestrel's minimum body data rate, and the body read then fails.
        return filesystem.WriteAsync(path, request.BodyReader, request.ContentLength, CancellationToken.None);
    }
}
