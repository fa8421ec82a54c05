using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>tls</c>: HTTPS settings in datarhei's shape for the clients that read them; this server serves plain HTTP (<c>enable</c> must stay false: terminate TLS in front of it).</summary>
public sealed class TlsOptions
{
    public string Address { get; set; } = ":8181";

    public bool Enable { get; set; }

    public bool Auto { get; set; }

    public string Email { get; set; } = "cert@example.com";

    [ConfigurationKeyName("cert_file")]
    public string CertFile { get; set; } = "";

    [ConfigurationKeyName("key_file")]
    public string KeyFile { get; set; } = "";
}
