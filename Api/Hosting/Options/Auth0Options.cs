using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

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
