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

    /// <summary>
    /// How long a client address stays known for a user after it logged in as that user: a known client is counted
    /// apart from everyone else, so strangers guessing that user's password cannot lock it out. 0: no client is known.
    /// </summary>
    [ConfigurationKeyName("known_client_seconds")]
    public int KnownClientSeconds { get; set; } = 30 * 86400;

    /// <summary>Refused logins are written as one audit line per user, method and address per this many seconds.</summary>
    [ConfigurationKeyName("refusal_log_seconds")]
    public int RefusalLogSeconds { get; set; } = 10;
}
