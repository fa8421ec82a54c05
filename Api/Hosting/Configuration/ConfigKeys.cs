namespace CoreApi.Hosting;

/// <summary>Every setting the product reads. docs/configuration.md lists the same keys with their defaults.</summary>
public static class ConfigKeys
{
    public static readonly ConfigKey Address = new("address");
    public static readonly ConfigKey DbDir = new("db.dir");
    public static readonly ConfigKey LogLevel = new("log.level");
    public static readonly ConfigKey LogMaxLines = new("log.max_lines", ConfigValueKind.Integer);
    public static readonly ConfigKey ApiReadOnly = new("api.read_only", ConfigValueKind.Boolean);
    public static readonly ConfigKey AuthEnable = new("api.auth.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey AuthDisableLocalhost = new("api.auth.disable_localhost", ConfigValueKind.Boolean);
    public static readonly ConfigKey AuthUsername = new("api.auth.username");
    public static readonly ConfigKey AuthPassword = new("api.auth.password");
    public static readonly ConfigKey AuthUsers = new("api.auth.users", ConfigValueKind.JsonList);
    public static readonly ConfigKey JwtSecret = new("api.auth.jwt.secret");
    public static readonly ConfigKey JwtClockSkewSeconds = new("api.auth.jwt.clock_skew_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey JwtRotateRefresh = new("api.auth.jwt.rotate_refresh", ConfigValueKind.Boolean);
    public static readonly ConfigKey JwtRotationOverlapSeconds = new("api.auth.jwt.rotation_overlap_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginFailureDelayMs = new("api.auth.login.failure_delay_ms", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginMaxFailuresPerUser = new("api.auth.login.max_failures_per_user", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginMaxFailuresPerAddress = new("api.auth.login.max_failures_per_address", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginFailureWindowSeconds = new("api.auth.login.failure_window_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginBackoffBaseSeconds = new("api.auth.login.backoff_base_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginKnownClientSeconds = new("api.auth.login.known_client_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey LoginRefusalLogSeconds = new("api.auth.login.refusal_log_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey Auth0Enable = new("api.auth.auth0.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey Auth0Tenants = new("api.auth.auth0.tenants", ConfigValueKind.Auth0Tenants);
    public static readonly ConfigKey Auth0AllowLoopbackHttp = new("api.auth.auth0.allow_loopback_http", ConfigValueKind.Boolean);
    public static readonly ConfigKey Auth0JwksRefreshFloorSeconds = new("api.auth.auth0.jwks_refresh_floor_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey Auth0JwksRefreshIntervalSeconds = new("api.auth.auth0.jwks_refresh_interval_seconds", ConfigValueKind.Integer);
    public static readonly ConfigKey AccessHttpAllow = new("api.access.http.allow", ConfigValueKind.List);
    public static readonly ConfigKey AccessHttpBlock = new("api.access.http.block", ConfigValueKind.List);
    public static readonly ConfigKey TrustedProxies = new("api.trusted_proxies", ConfigValueKind.List);
    public static readonly ConfigKey CorsOrigins = new("api.cors.origins", ConfigValueKind.List);
    public static readonly ConfigKey MetadataMaxValueBytes = new("api.metadata.max_value_bytes", ConfigValueKind.Integer);

    /// <summary>Not a setting of its own: the path of the datarhei-style JSON config file to read.</summary>
    public const string ConfigFileVariable = "CORE_CONFIGFILE";

    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        Address, DbDir, LogLevel, LogMaxLines, ApiReadOnly, AuthEnable, AuthDisableLocalhost, AuthUsername, AuthPassword, AuthUsers,
        JwtSecret, JwtClockSkewSeconds, JwtRotateRefresh, JwtRotationOverlapSeconds, LoginFailureDelayMs, LoginMaxFailuresPerUser, LoginMaxFailuresPerAddress,
        LoginFailureWindowSeconds, LoginBackoffBaseSeconds, LoginKnownClientSeconds, LoginRefusalLogSeconds, Auth0Enable, Auth0Tenants, Auth0AllowLoopbackHttp,
        Auth0JwksRefreshFloorSeconds, Auth0JwksRefreshIntervalSeconds, AccessHttpAllow, AccessHttpBlock, TrustedProxies, CorsOrigins, MetadataMaxValueBytes,
    ];
}
