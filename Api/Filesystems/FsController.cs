using CoreApi.Hosting;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>The filesystems through the API (CONTRACT-CORE §11.1–11.3): listings for every user, writes for admins.</summary>
[ApiController]
[Authorize]
[Route("api/v3/fs")]
public sealed class FsController(FileSystems filesystems, IOptions<CoreOptions> options) : ControllerBase
{
    /// <summary>List the filesystems.</summary>
    [HttpGet]
    [Produces("application/json")]
    [ProducesResponseType<IReadOnlyList<FilesystemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult ListFilesystems() =>
        JsonAnswer.Of<IReadOnlyList<FilesystemDto>>([.. filesystems.All.Select(fs => new FilesystemDto(fs.Name, fs.Name, fs.Mount))], FilesystemJsonContext.Default.IReadOnlyListFilesystemDto);

    /// <summary>List the files of a filesystem.</summary>
    /// <param name="name"><c>disk</c> or <c>mem</c>.</param>
    /// <param name="glob">Pattern on the full path: <c>*</c> and <c>?</c> stay within a directory, <c>**</c> crosses them, <c>[ab]</c> classes.</param>
    /// <param name="sort"><c>name</c>, <c>size</c> or <c>lastmod</c> (the default).</param>
    /// <param name="order"><c>asc</c> (the default) or <c>desc</c>.</param>
    [HttpGet("{name}")]
    [Produces("application/json")]
    [ProducesResponseType<IReadOnlyList<FileEntryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult ListFiles([FromRoute] string name, [FromQuery] string? glob, [FromQuery] string? sort, [FromQuery] string? order) =>
        filesystems.Get(name) is { } fs
            ? JsonAnswer.Of(FileListing.Of(fs, glob, sort, order), FilesystemJsonContext.Default.IReadOnlyListFileEntryDto)
            : UnknownFilesystem(name);

    /// <summary>Read a file.</summary>
    /// <param name="name"><c>disk</c> or <c>mem</c>.</param>
    /// <param name="path">The file's path.</param>
    [HttpGet("{name}/{**path}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult GetFile([FromRoute] string name, [FromRoute] string path) => Serve(name, path);

    /// <summary>Whether a file exists (the Restreamer UI asks this of a stream's playlist): the headers of a read, no body.</summary>
    /// <param name="name"><c>disk</c> or <c>mem</c>.</param>
    /// <param name="path">The file's path.</param>
    [HttpHead("{name}/{**path}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public IActionResult HeadFile([FromRoute] string name, [FromRoute] string path) => Serve(name, path);

    private IActionResult Serve(string name, string path)
    {
        if (Resolve(name, path, out var fs, out var clean) is { } refusal)
        {
            return refusal;
        }

        if (fs!.Read(clean!) is { } content)
        {
            return FileResponses.File(content, filesystems.Types.Of(clean!) ?? MimeTypes.Unknown);
        }

        return FileResponses.NotFound(fs.IsDirectory(clean!) ? clean!.TrimEnd('/') + "/index.html" : clean!);
    }

    /// <summary>Store a file (the body is its content); directories are created as needed.</summary>
    /// <param name="name"><c>disk</c> or <c>mem</c>.</param>
    /// <param name="path">The file's path.</param>
    /// <response code="201">Created.</response>
    /// <response code="204">Replaced.</response>
    /// <response code="400">Refused: too big, no space, a directory, a path that is not allowed.</response>
    [HttpPut("{name}/{**path}")]
    [BinaryRequestBody]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> PutFile([FromRoute] string name, [FromRoute] string path)
    {
        if (Resolve(name, path, out var fs, out var clean) is { } refusal)
        {
            return refusal;
        }

        var outcome = await FileUpload.WriteAsync(Request, fs!, clean!, options.Value.Storage.MaxFileSizeMbytes);
        return FileResponses.Written(Response, outcome, Request.Path);
    }

    /// <summary>Delete a file.</summary>
    /// <param name="name"><c>disk</c> or <c>mem</c>.</param>
    /// <param name="path">The file's path.</param>
    [HttpDelete("{name}/{**path}")]
    [ProducesResponseType<string>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    public IActionResult DeleteFile([FromRoute] string name, [FromRoute] string path)
    {
        if (Resolve(name, path, out var fs, out var clean) is { } refusal)
        {
            return refusal;
        }

        return fs!.Delete(clean!) ? FileResponses.Deleted(clean!) : FileResponses.NotFound(clean!);
    }

    private IActionResult? Resolve(string name, string path, out IFileSystem? fs, out string? clean)
    {
        clean = null;
        fs = filesystems.Get(name);
        if (fs is null)
        {
            return UnknownFilesystem(name);
        }

        clean = FsPath.Normalize(path, out var problem);
        return clean is null ? FileResponses.BadRequest(problem!) : null;
    }

    private static IActionResult UnknownFilesystem(string name) => FileResponses.NotFound($"unknown filesystem: {name}");
}
