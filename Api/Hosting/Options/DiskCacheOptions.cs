using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>storage.disk.cache</c>: HTTP caching of the disk mount.</summary>
public sealed class DiskCacheOptions
{
    public bool Enable { get; set; } = true;

    [ConfigurationKeyName("max_size_mbytes")]
    public long MaxSizeMbytes { get; set; }

    [ConfigurationKeyName("ttl_seconds")]
    public long TtlSeconds { get; set; } = 300;

    [ConfigurationKeyName("max_file_size_mbytes")]
    public long MaxFileSizeMbytes { get; set; } = 1;

    /// <summary>Extensions cached (empty: all) and never cached (empty: <c>.m3u8 .mpd</c>, which change all the time).</summary>
    public AddressListOptions Types { get; set; } = new();
}
