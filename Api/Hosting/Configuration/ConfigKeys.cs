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
    public static readonly ConfigKey HostName = new("host.name", ConfigValueKind.List);
    public static readonly ConfigKey HostAuto = new("host.auto", ConfigValueKind.Boolean);
    public static readonly ConfigKey TlsAddress = new("tls.address");
    public static readonly ConfigKey TlsEnable = new("tls.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey TlsAuto = new("tls.auto", ConfigValueKind.Boolean);
    public static readonly ConfigKey TlsEmail = new("tls.email");
    public static readonly ConfigKey TlsCertFile = new("tls.cert_file", ConfigValueKind.Text, "CORE_TLS_CERTFILE");
    public static readonly ConfigKey TlsKeyFile = new("tls.key_file", ConfigValueKind.Text, "CORE_TLS_KEYFILE");
    public static readonly ConfigKey StorageMimetypesFile = new("storage.mimetypes_file");
    public static readonly ConfigKey DiskDir = new("storage.disk.dir");
    public static readonly ConfigKey DiskMaxSizeMbytes = new("storage.disk.max_size_mbytes", ConfigValueKind.Integer, "CORE_STORAGE_DISK_MAXSIZEMBYTES");
    public static readonly ConfigKey DiskCacheEnable = new("storage.disk.cache.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey DiskCacheMaxSizeMbytes = new("storage.disk.cache.max_size_mbytes", ConfigValueKind.Integer, "CORE_STORAGE_DISK_CACHE_MAXSIZEMBYTES");
    public static readonly ConfigKey DiskCacheTtlSeconds = new("storage.disk.cache.ttl_seconds", ConfigValueKind.Integer, "CORE_STORAGE_DISK_CACHE_TTLSECONDS");
    public static readonly ConfigKey DiskCacheMaxFileSizeMbytes = new("storage.disk.cache.max_file_size_mbytes", ConfigValueKind.Integer, "CORE_STORAGE_DISK_CACHE_MAXFILESIZEMBYTES");
    public static readonly ConfigKey DiskCacheTypesAllow = new("storage.disk.cache.types.allow", ConfigValueKind.SpaceList);
    public static readonly ConfigKey DiskCacheTypesBlock = new("storage.disk.cache.types.block", ConfigValueKind.SpaceList);
    public static readonly ConfigKey MemoryAuthEnable = new("storage.memory.auth.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey MemoryAuthUsername = new("storage.memory.auth.username");
    public static readonly ConfigKey MemoryAuthPassword = new("storage.memory.auth.password");
    public static readonly ConfigKey MemoryMaxSizeMbytes = new("storage.memory.max_size_mbytes", ConfigValueKind.Integer, "CORE_STORAGE_MEMORY_MAXSIZEMBYTES");
    public static readonly ConfigKey MemoryPurge = new("storage.memory.purge", ConfigValueKind.Boolean);
    public static readonly ConfigKey StorageMaxFileSizeMbytes = new("storage.max_file_size_mbytes", ConfigValueKind.Integer);
    public static readonly ConfigKey StorageCorsOrigins = new("storage.cors.origins", ConfigValueKind.List);
    public static readonly ConfigKey RtmpEnable = new("rtmp.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey RtmpEnableTls = new("rtmp.enable_tls", ConfigValueKind.Boolean);
    public static readonly ConfigKey RtmpAddress = new("rtmp.address");
    public static readonly ConfigKey RtmpAddressTls = new("rtmp.address_tls");
    public static readonly ConfigKey RtmpApp = new("rtmp.app");
    public static readonly ConfigKey RtmpToken = new("rtmp.token");
    public static readonly ConfigKey SrtEnable = new("srt.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey SrtAddress = new("srt.address");
    public static readonly ConfigKey SrtPassphrase = new("srt.passphrase");
    public static readonly ConfigKey SrtToken = new("srt.token");
    public static readonly ConfigKey SrtLogEnable = new("srt.log.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey SrtLogTopics = new("srt.log.topics", ConfigValueKind.List);
    public static readonly ConfigKey FfmpegBinary = new("ffmpeg.binary");
    public static readonly ConfigKey FfmpegMaxProcesses = new("ffmpeg.max_processes", ConfigValueKind.Integer, "CORE_FFMPEG_MAXPROCESSES");
    public static readonly ConfigKey FfmpegInputAllow = new("ffmpeg.access.input.allow", ConfigValueKind.SpaceList);
    public static readonly ConfigKey FfmpegInputBlock = new("ffmpeg.access.input.block", ConfigValueKind.SpaceList);
    public static readonly ConfigKey FfmpegOutputAllow = new("ffmpeg.access.output.allow", ConfigValueKind.SpaceList);
    public static readonly ConfigKey FfmpegOutputBlock = new("ffmpeg.access.output.block", ConfigValueKind.SpaceList);
    public static readonly ConfigKey FfmpegLogMaxLines = new("ffmpeg.log.max_lines", ConfigValueKind.Integer, "CORE_FFMPEG_LOG_MAXLINES");
    public static readonly ConfigKey FfmpegLogMaxHistory = new("ffmpeg.log.max_history", ConfigValueKind.Integer, "CORE_FFMPEG_LOG_MAXHISTORY");
    public static readonly ConfigKey FfmpegMaxDefined = new("ffmpeg.limits.max_defined", ConfigValueKind.Integer);
    public static readonly ConfigKey FfmpegMaxInputs = new("ffmpeg.limits.max_inputs", ConfigValueKind.Integer);
    public static readonly ConfigKey FfmpegMaxOutputs = new("ffmpeg.limits.max_outputs", ConfigValueKind.Integer);
    public static readonly ConfigKey FfmpegMaxOptions = new("ffmpeg.limits.max_options", ConfigValueKind.Integer);
    public static readonly ConfigKey FfmpegMaxConfigBytes = new("ffmpeg.limits.max_config_bytes", ConfigValueKind.Integer);
    public static readonly ConfigKey SessionsEnable = new("sessions.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey SessionsIpIgnorelist = new("sessions.ip_ignorelist", ConfigValueKind.List);
    public static readonly ConfigKey SessionsTimeoutSec = new("sessions.session_timeout_sec", ConfigValueKind.Integer);
    public static readonly ConfigKey SessionsPersist = new("sessions.persist", ConfigValueKind.Boolean);
    public static readonly ConfigKey SessionsPersistIntervalSec = new("sessions.persist_interval_sec", ConfigValueKind.Integer);
    public static readonly ConfigKey SessionsMaxBitrateMbit = new("sessions.max_bitrate_mbit", ConfigValueKind.Integer, "CORE_SESSIONS_MAXBITRATE_MBIT");
    public static readonly ConfigKey SessionsMaxSessions = new("sessions.max_sessions", ConfigValueKind.Integer, "CORE_SESSIONS_MAXSESSIONS");
    public static readonly ConfigKey MetricsEnable = new("metrics.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey MetricsEnablePrometheus = new("metrics.enable_prometheus", ConfigValueKind.Boolean);
    public static readonly ConfigKey MetricsRangeSec = new("metrics.range_sec", ConfigValueKind.Integer, "CORE_METRICS_RANGE_SECONDS");
    public static readonly ConfigKey MetricsIntervalSec = new("metrics.interval_sec", ConfigValueKind.Integer, "CORE_METRICS_INTERVAL_SECONDS");
    public static readonly ConfigKey ServiceEnable = new("service.enable", ConfigValueKind.Boolean);
    public static readonly ConfigKey ServiceToken = new("service.token");
    public static readonly ConfigKey ServiceUrl = new("service.url");
    public static readonly ConfigKey RouterBlockedPrefixes = new("router.blocked_prefixes", ConfigValueKind.List);
    public static readonly ConfigKey RouterUiPath = new("router.ui_path");

    /// <summary>Not a setting of its own: the path of the datarhei-style JSON config file to read.</summary>
    public const string ConfigFileVariable = "CORE_CONFIGFILE";

    public static IReadOnlyList<ConfigKey> All { get; } =
    [
        Address, DbDir, LogLevel, LogMaxLines, ApiReadOnly, AuthEnable, AuthDisableLocalhost, AuthUsername, AuthPassword, AuthUsers,
        JwtSecret, JwtClockSkewSeconds, JwtRotateRefresh, JwtRotationOverlapSeconds, LoginFailureDelayMs, LoginMaxFailuresPerUser, LoginMaxFailuresPerAddress,
        LoginFailureWindowSeconds, LoginBackoffBaseSeconds, LoginKnownClientSeconds, LoginRefusalLogSeconds, Auth0Enable, Auth0Tenants, Auth0AllowLoopbackHttp,
        Auth0JwksRefreshFloorSeconds, Auth0JwksRefreshIntervalSeconds, AccessHttpAllow, AccessHttpBlock, TrustedProxies, CorsOrigins, MetadataMaxValueBytes,
        HostName, HostAuto, TlsAddress, TlsEnable, TlsAuto, TlsEmail, TlsCertFile, TlsKeyFile, StorageMimetypesFile, DiskDir,
        DiskMaxSizeMbytes, DiskCacheEnable, DiskCacheMaxSizeMbytes, DiskCacheTtlSeconds, DiskCacheMaxFileSizeMbytes, DiskCacheTypesAllow,
        DiskCacheTypesBlock, MemoryAuthEnable, MemoryAuthUsername, MemoryAuthPassword, MemoryMaxSizeMbytes, MemoryPurge, StorageCorsOrigins, StorageMaxFileSizeMbytes,
        RtmpEnable, RtmpEnableTls, RtmpAddress, RtmpAddressTls, RtmpApp, RtmpToken, SrtEnable, SrtAddress, SrtPassphrase, SrtToken,
        SrtLogEnable, SrtLogTopics, FfmpegBinary, FfmpegMaxProcesses, FfmpegInputAllow, FfmpegInputBlock, FfmpegOutputAllow,
        FfmpegOutputBlock, FfmpegLogMaxLines, FfmpegLogMaxHistory, FfmpegMaxDefined, FfmpegMaxInputs, FfmpegMaxOutputs, FfmpegMaxOptions,
        FfmpegMaxConfigBytes, SessionsEnable, SessionsIpIgnorelist, SessionsTimeoutSec, SessionsPersist, SessionsPersistIntervalSec,
        SessionsMaxBitrateMbit, SessionsMaxSessions, MetricsEnable, MetricsEnablePrometheus, MetricsRangeSec, MetricsIntervalSec,
        ServiceEnable, ServiceToken, ServiceUrl, RouterBlockedPrefixes, RouterUiPath,
    ];
}
