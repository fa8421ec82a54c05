namespace CoreApi.Filesystems;

/// <summary>A file of a filesystem: its path, size and last write.</summary>
public sealed record FileEntry(string Name, long Size, DateTimeOffset LastModified)
{
    /// <summary>An entity tag from size and last write (RFC 9110 §8.8.3): changes whenever the content is replaced.</summary>
    public string ETag => $"\"{Size:x}-{LastModified.UtcTicks:x}\"";
}
