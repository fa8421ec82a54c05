namespace CoreApi.Filesystems;

/// <summary>A file opened for reading: its entry, and either its place on disk (served by the framework with ranges) or a stream.</summary>
public sealed record FileContent(FileEntry Entry, string? PhysicalPath, Func<Stream>? Open);
