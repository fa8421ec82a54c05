namespace CoreApi.Filesystems;

/// <summary>A complete file of the in-memory filesystem: never changed after it is stored (a write builds a new one).</summary>
public sealed class MemoryFile(IReadOnlyList<byte[]> chunks, long size, DateTimeOffset lastModified, string name)
{
    /// <summary>Chunks stay below the large-object heap's 85 000 bytes, so that files come and go without fragmenting it.</summary>
    public const int ChunkSize = 64 * 1024;

    public IReadOnlyList<byte[]> Chunks { get; } = chunks;

    public FileEntry Entry { get; } = new(name, size, lastModified);

    public Stream OpenRead() => new ChunkReadStream(Chunks, Entry.Size);
}
