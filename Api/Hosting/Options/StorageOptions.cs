using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>storage</c>: the disk and in-memory filesystems FFmpeg processes write to.</summary>
public sealed class StorageOptions
{
    public DiskStorageOptions Disk { get; set; } = new();

    public MemoryStorageOptions Memory { get; set; } = new();

    public CorsOptions Cors { get; set; } = new();

    /// <summary>The <c>mime.types</c> file mapping extensions to media types for the mounts.</summary>
    [ConfigurationKeyName("mimetypes_file")]
    public string MimetypesFile { get; set; } = "./mime.types";

    /// <summary>The largest file one write may store, on either filesystem (ours; datarhei has no such bound).</summary>
    [ConfigurationKeyName("max_file_size_mbytes")]
    public long MaxFileSizeMbytes { get; set; } = 256;
}
