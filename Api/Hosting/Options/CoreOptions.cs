using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary>
/// The settings, bound from the configuration root in datarhei's own shape
/// (<c>{"address": …, "db": {"dir": …}, "api": {"auth": {…}}}</c>), so a datarhei config file binds unchanged.
/// </summary>
public sealed class CoreOptions
{
    /// <summary>Listen address, <c>host:port</c> or <c>:port</c> for every interface.</summary>
    public string Address { get; set; } = ":8080";

    public LogOptions Log { get; set; } = new();

    public DbOptions Db { get; set; } = new();

    public ApiOptions Api { get; set; } = new();
}
