using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>storage.disk</c>: the disk filesystem, mounted at <c>/</c>; processes read and write local files only inside it.</summary>
public sealed class DiskStorageOptions
{
    /// <summary>The directory; relative to the working directory.</summary>
    public string Dir { get; set; } = "./data";

    /// <summary>Accepted as datarhei does, not enforced (datarhei enforces none either).</summary>
    [ConfigurationKeyName("max_size_mbytes")]
    public long MaxSizeMbytes { get; set; }

    public DiskCacheOptions Cache { get; set; } = new();
}
