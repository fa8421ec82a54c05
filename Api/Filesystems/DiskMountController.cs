using CoreApi.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>
/// The disk filesystem at <c>/</c> (CONTRACT-CORE §11.4): read-only and public; a directory serves its
/// <c>index.html</c>. Every path the other routes do not serve ends here (<c>/api/…</c> has its own fallback).
/// </summary>
[ApiController]
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DiskMountController(FileSystems filesystems, IOptions<CoreOptions> options) : ControllerBase
{
    [HttpGet("{**path}", Order = int.MaxValue)]
    [HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Read([FromRoute] string? path)
    {
        if (FsPath.Normalize(path, out var problem) is not { } clean)
        {
            return FileResponses.BadRequest(problem!);
        }

        var disk = filesystems.Disk;
        if (disk.IsDirectory(clean))
        {
            clean = clean.TrimEnd('/') + "/index.html";
        }

        if (disk.Read(clean) is not { } content)
        {
            return FileResponses.NotFound(clean);
        }

        CacheHeaders(clean, content.Entry.Size);
        return FileResponses.File(content, filesystems.Types.Of(clean) ?? "text/html");
    }

    /// <summary>The mount is read-only: writes answer 404 as datarhei's do (write through <c>PUT /api/v3/fs/disk/…</c>).</summary>
    [Route("{**path}", Order = int.MaxValue)]
    [AcceptVerbs("PUT", "POST", "DELETE", "PATCH")]
    public IActionResult Write([FromRoute] string? path) => FileResponses.NotFound("/" + (path ?? ""));

    // storage.disk.cache: players may cache what does not change; playlists (.m3u8, .mpd by default) change all the time.
    private void CacheHeaders(string path, long size)
    {
        var cache = options.Value.Storage.Disk.Cache;
        var extension = Path.GetExtension(path);
        var blocked = cache.Types.Block.Count > 0 ? cache.Types.Block : [".m3u8", ".mpd"];
        if (!cache.Enable || blocked.Contains(extension, StringComparer.OrdinalIgnoreCase)
            || (cache.Types.Allow.Count > 0 && !cache.Types.Allow.Contains(extension, StringComparer.OrdinalIgnoreCase))
            || size > cache.MaxFileSizeMbytes * 1024 * 1024)
        {
            return;
        }

        Response.Headers.CacheControl = $"max-age={cache.TtlSeconds}";
    }
}
