using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class LoginOptions
{
    /// <summary>How long a failed login waits before it answers (datarhei: 5 s).</summary>
    [ConfigurationKeyName("failure_delay_ms")]
    public int FailureDelayMs { get; set; } = 5000;

    /// <summary>Failed logins for one user name within the window before attempts are refused with 429.</summary>
    [ConfigurationKeyName("max_failures_per_user")]
    public int MaxFailuresPerUser { get; set; } = 10;

    /// <summary>Failed logins from one client address (an IPv6 /64) within the window before it is refused with 429.</summary>
    [ConfigurationKeyName("max_failures_per_address")]
    public int MaxFailuresPerAddress { get; set; } = 50;

    /// <summary>The sliding window failures are counted in; also the longest a key is ever refused.</summary>
    [ConfigurationKeyName("failure_window_seconds")]
    public int FailureWindowSeconds { get; set; } = 900;

    /// <summary>The first refusal lasts this long after the latest failure; each further failure doubles it.</summary>
    [ConfigurationKeyName("backoff_base_seconds")]
    public double BackoffBaseSeconds { get; set; } = 1;
}
