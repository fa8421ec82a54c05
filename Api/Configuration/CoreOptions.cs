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

    public LogOptions Log { get; set; } = new();

    public DbOptions Db { get; set; } = new();

    public ApiOptions Api { get; set; } = new();

    public DebugOptions Debug { get; set; } = new();
}

/// <summary>datarhei's <c>debug</c> section: how the runtime manages the server's memory.</summary>
public sealed class DebugOptions
{
    /// <summary>
    /// After load, once the server has been quiet for this many seconds, memory it no longer uses goes back to the
    /// system (one full collection); 0 never returns it.
    /// </summary>
    [ConfigurationKeyName("memory_trim_idle_seconds")]
    public int MemoryTrimIdleSeconds { get; set; } = 2;
}

public sealed class LogOptions
{
    /// <summary>The least level kept: <c>debug</c>, <c>info</c>, <c>warn</c> or <c>error</c>.</summary>
    public string Level { get; set; } = "info";

    /// <summary>How many log entries <c>GET /api/v3/log</c> keeps (the newest).</summary>
    [ConfigurationKeyName("max_lines")]
    public int MaxLines { get; set; } = 1000;
}

public sealed class DbOptions
{
    /// <summary>Data directory: database, generated secret and instance identity. Relative to the working directory.</summary>
    public string Dir { get; set; } = "./config";
}

public sealed class ApiOptions
{
    /// <summary>Every write (PUT, POST, DELETE and config reload) answers 403 while this is on.</summary>
    [ConfigurationKeyName("read_only")]
    public bool ReadOnly { get; set; }

    public AccessOptions Access { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    /// <summary>
    /// Reverse proxies (addresses or CIDR networks) whose <c>X-Forwarded-For</c> is believed. Empty: the header is
    /// ignored and the socket's peer is the client, for the localhost skip and for login throttling alike.
    /// </summary>
    [ConfigurationKeyName("trusted_proxies")]
    public List<string> TrustedProxies { get; set; } = [];

    public CorsOptions Cors { get; set; } = new();

    public MetadataOptions Metadata { get; set; } = new();
}

/// <summary>datarhei's IP access lists: who may reach the API at all, before any authentication.</summary>
public sealed class AccessOptions
{
    public AddressListOptions Http { get; set; } = new();

    /// <summary>Kept for datarhei compatibility; this server serves HTTP only (put TLS in a proxy), so it has no effect.</summary>
    public AddressListOptions Https { get; set; } = new();
}

public sealed class AddressListOptions
{
    /// <summary>Addresses or CIDR networks allowed; empty allows everyone not blocked.</summary>
    public List<string> Allow { get; set; } = [];

    /// <summary>Addresses or CIDR networks refused with 403.</summary>
    public List<string> Block { get; set; } = [];
}

public sealed class CorsOptions
{
    /// <summary>
    /// Origins that browsers may call the API from; <c>*</c> (and an empty list, the default) for any.
    /// Credentials (cookies) are never allowed. (No default in the list itself: binding would append to it.)
    /// </summary>
    public List<string> Origins { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> EffectiveOrigins => Origins.Count == 0 ? ["*"] : Origins;
}

public sealed class AuthOptions
{
    public bool Enable { get; set; } = true;

    [ConfigurationKeyName("disable_localhost")]
    public bool DisableLocalhost { get; set; }

    public string Username { get; set; } = "";

    /// <summary>A plain password (compared exactly, in constant time) or a <c>$pbkdf2-sha256$…</c> hash.</summary>
    public string Password { get; set; } = "";

    /// <summary>Further users beside the datarhei user (who is always an admin).</summary>
    public List<UserOptions> Users { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    public LoginOptions Login { get; set; } = new();

    public Auth0Options Auth0 { get; set; } = new();
}

public sealed class Auth0Options
{
    public bool Enable { get; set; }

    public List<Auth0TenantOptions> Tenants { get; set; } = [];

    /// <summary>
    /// For tests and local identity-provider stand-ins only: a tenant whose domain is a loopback address
    /// (<c>127.0.0.1:9000</c>) is reached over plain HTTP. Real tenants always need HTTPS.
    /// </summary>
    [ConfigurationKeyName("allow_loopback_http")]
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>The least time between two key fetches forced by an unknown <c>kid</c>, so a flood of them cannot hammer the tenant.</summary>
    [ConfigurationKeyName("jwks_refresh_floor_seconds")]
    public int JwksRefreshFloorSeconds { get; set; } = 60;

    /// <summary>How often the tenant's keys are fetched again without being asked (key rotation).</summary>
    [ConfigurationKeyName("jwks_refresh_interval_seconds")]
    public int JwksRefreshIntervalSeconds { get; set; } = 3600;
}

/// <summary>One Auth0 tenant, as datarhei configures it.</summary>
public sealed class Auth0TenantOptions
{
    /// <summary>The tenant's host name, such as <c>example.eu.auth0.com</c>; the issuer is <c>https://&lt;domain&gt;/</c>.</summary>
    public string Domain { get; set; } = "";

    /// <summary>The API audience the access token must be issued for.</summary>
    public string Audience { get; set; } = "";

    /// <summary>When set, the token's <c>azp</c> must be this client id.</summary>
    [ConfigurationKeyName("clientid")]
    [System.Text.Json.Serialization.JsonPropertyName("clientid")]
    public string ClientId { get; set; } = "";

    /// <summary>The Auth0 subjects (<c>sub</c>) allowed to log in.</summary>
    public List<string> Users { get; set; } = [];
}

/// <summary>One more user: name, password (plain or hash) and role.</summary>
public sealed class UserOptions
{
    public string Name { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary><c>admin</c> (everything) or <c>read</c> (GET requests only).</summary>
    public string Role { get; set; } = "admin";
}

public sealed class JwtOptions
{
    /// <summary>Empty: a strong secret is generated once and kept in the data directory.</summary>
    public string Secret { get; set; } = "";

    [ConfigurationKeyName("clock_skew_seconds")]
    public int ClockSkewSeconds { get; set; }

    /// <summary>Each refresh also returns a new refresh token (off: datarhei clients do not expect one).</summary>
    [ConfigurationKeyName("rotate_refresh")]
    public bool RotateRefresh { get; set; }

    /// <summary>With rotation: how long a used refresh token stays usable (parallel tabs, lost answers) before a reuse revokes its family.</summary>
    [ConfigurationKeyName("rotation_overlap_seconds")]
    public int RotationOverlapSeconds { get; set; } = 30;
}

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

public sealed class MetadataOptions
{
    [ConfigurationKeyName("max_value_bytes")]
    public int MaxValueBytes { get; set; } = 1024 * 1024;
}
