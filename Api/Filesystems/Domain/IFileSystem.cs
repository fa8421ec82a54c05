using System.IO.Pipelines;

namespace CoreApi.Filesystems;

/// <summary>A filesystem of the server: the disk one (<c>disk</c>, mounted at <c>/</c>) or the in-memory one (<c>mem</c>, at <c>/memfs</c>). Paths are <see cref="FsPath"/>-clean.</summary>
public interface IFileSystem
{
    /// <summary><c>disk</c> or <c>mem</c>.</summary>
    string Name { get; }

    /// <summary>Where it is mounted: <c>/</c> or <c>/memfs</c>.</summary>
    string Mount { get; }

    /// <summary>The capacity in bytes; 0 = unlimited.</summary>
    long LimitBytes { get; }

    long UsedBytes { get; }

    long FileCount { get; }

    FileContent? Read(string path);

    bool IsDirectory(string path);

    /// <summary>Streams <paramref name="body"/> into the file; readers see the old content until the new one is complete.</summary>
    Task<WriteOutcome> WriteAsync(string path, PipeReader body, long? length, CancellationToken cancellationToken);

    bool Delete(string path);

    /// <summary>Every file (never directories).</summary>
    IReadOnlyList<FileEntry> List();
}
