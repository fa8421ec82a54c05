using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>router</c>: datarhei's static routes, kept in its shape; this server serves only its own routes and mounts.</summary>
public sealed class RouterOptions
{
    /// <summary>Empty: <c>/api</c>. (No default in the list itself: binding would append to it.)</summary>
    [ConfigurationKeyName("blocked_prefixes")]
    public List<string> BlockedPrefixes { get; set; } = [];

    public Dictionary<string, string> Routes { get; set; } = [];

    [ConfigurationKeyName("ui_path")]
    public string UiPath { get; set; } = "";
}
