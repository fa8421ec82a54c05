using Microsoft.Extensions.Configuration;

namespace CoreApi.Configuration;

/// <summary>
/// The settings, bound from the configuration root in datarhei's own shape
/// (<c>{"address": …, "db": {"dir": …}, "api": {"auth": {…}}}</c>), so a datarhei config file binds unchanged.
/// </summary>
public sealed class CoreOptions
{
    /// <summary>Listen address, <c>host:port</c> or <c>:port</c> for every interface.</summary>
    public string Address { get; set; } = ":8080";

    public DbOptions Db { get; set; } = new();

    public ApiOptions Api { get; set; } = new();
}

public sealed class DbOptions
{
    /// <summary>Data directory: database, generated secret and instance identity. Relative to the working directory.</summary>
    public string Dir { get; set; } = "./config";
}

public sealed class ApiOptions
{
    public AuthOptions Auth { get; set; } = new();

    public MetadataOptions Metadata { get; set; } = new();
}

public sealed class AuthOptions
{
    public bool Enable { get; set; } = true;

    [ConfigurationKeyName("disable_localhost")]
    public bool DisableLocalhost { get; set; }

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public JwtOptions Jwt { get; set; } = new();

    public LoginOptions Login { get; set; } = new();
}

public sealed class JwtOptions
{
    /// <summary>Empty: a strong secret is generated once and kept in the data directory.</summary>
    public string Secret { get; set; } = "";

    [ConfigurationKeyName("clock_skew_seconds")]
    public int ClockSkewSeconds { get; set; }
}

public sealed class LoginOptions
{
    /// <summary>How long a failed login waits before it answers (datarhei: 5 s).</summary>
    [ConfigurationKeyName("failure_delay_ms")]
    public int FailureDelayMs { get; set; } = 5000;
}

public sealed class MetadataOptions
{
    [ConfigurationKeyName("max_value_bytes")]
    public int MaxValueBytes { get; set; } = 1024 * 1024;
}
