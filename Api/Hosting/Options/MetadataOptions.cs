using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class MetadataOptions
{
    [ConfigurationKeyName("max_value_bytes")]
    public int MaxValueBytes { get; set; } = 1024 * 1024;
}
