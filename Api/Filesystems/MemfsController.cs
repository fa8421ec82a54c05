using CoreApi.Hosting;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>
/// The in-memory filesystem at <c>/memfs</c> (CONTRACT-CORE §11.4): anyone may read; writes (PUT and POST, as
/// FFmpeg's HLS and DASH muxers send them) and deletes need HTTP Basic auth with the memfs credentials.
/// </summary>
[ApiController]
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("memfs/{**path}")]
public sealed class MemfsController(FileSystems filesystems, MemfsCredentials credentials, IEnumerable<IMemfsAccessObserver> observers, IOptions<CoreOptions> options) : ControllerBase
{
    [HttpGet]
    [HttpHead]
    public IActionResult Read([FromRoute] string? path)
    {
        if (FsPath.Normalize(path, out var problem) is not { } clean)
        {
            return FileResponses.BadRequest(problem!);
        }

        if (filesystems.Memory.Read(clean) is not { } content)
        {
            return FileResponses.NotFound(clean);
        }

        if (HttpMethods.IsGet(Request.Method))
        {
            Tell(clean, content.Entry.Size, written: false);
        }

        return FileResponses.File(content, filesystems.Types.Of(clean) ?? MimeTypes.Unknown);
    }

    [HttpPut]
    [HttpPost]
    public async Task<IActionResult> Write([FromRoute] string? path)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        if (FsPath.Normalize(path, out var problem) is not { } clean || clean == "/")
        {
            return FileResponses.BadRequest(problem ?? "a file name is required");
        }

        var outcome = await FileUpload.WriteAsync(Request, filesystems.Memory, clean, options.Value.Storage.MaxFileSizeMbytes);
        if (outcome.Problem is null && filesystems.Memory.Read(clean) is { } written)
        {
            Tell(clean, written.Entry.Size, written: true);
        }

        return FileResponses.Written(Response, outcome, "/memfs" + clean);
    }

    [HttpDelete]
    public IActionResult Remove([FromRoute] string? path)
    {
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        if (FsPath.Normalize(path, out var problem) is not { } clean)
        {
            return FileResponses.BadRequest(problem!);
        }

        return filesystems.Memory.Delete(clean) ? FileResponses.Deleted(clean) : FileResponses.NotFound(clean);
    }

    private void Tell(string path, long bytes, bool written)
    {
        var local = $"{HttpContext.Connection.LocalIpAddress}:{HttpContext.Connection.LocalPort}";
        foreach (var observer in observers)
        {
            observer.Accessed(HttpContext.Connection.RemoteIpAddress, local, path, bytes, written);
        }
    }

    private IActionResult? Refusal()
    {
        if (credentials.Admit(Request, out var retryAfter))
        {
            return null;
        }

        if (retryAfter is { } wait)
        {
            return ApiResults.TooManyRequests(Response, (int)Math.Ceiling(wait.TotalSeconds));
        }

        // RFC 7617 §2: the challenge names the realm.
        Response.Headers.WWWAuthenticate = "Basic realm=\"datarhei-core\", charset=\"UTF-8\"";
        return ApiResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized");
    }
}
