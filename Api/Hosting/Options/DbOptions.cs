using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class DbOptions
{
    /// <summary>Data directory: database, generated secret and instance identity. Relative to the working directory.</summary>
    public string Dir { get; set; } = "./config";
}
