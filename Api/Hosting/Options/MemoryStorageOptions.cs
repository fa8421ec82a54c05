using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>storage.memory</c>: the in-memory filesystem, mounted at <c>/memfs</c>.</summary>
public sealed class MemoryStorageOptions
{
    public MemoryAuthOptions Auth { get; set; } = new();

    /// <summary>Capacity in MiB; 0 = unlimited.</summary>
    [ConfigurationKeyName("max_size_mbytes")]
    public long MaxSizeMbytes { get; set; }

    /// <summary>Delete the oldest files when a write would not fit.</summary>
    public bool Purge { get; set; }
}
