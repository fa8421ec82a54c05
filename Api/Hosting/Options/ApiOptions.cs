using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

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
