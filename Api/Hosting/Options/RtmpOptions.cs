using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>rtmp</c>: datarhei's RTMP server. This server has none (<c>enable</c> must stay false); the settings shape <c>{rtmp}</c>.</summary>
public sealed class RtmpOptions
{
    public bool Enable { get; set; }

    [ConfigurationKeyName("enable_tls")]
    public bool EnableTls { get; set; }

    public string Address { get; set; } = ":1935";

    [ConfigurationKeyName("address_tls")]
    public string AddressTls { get; set; } = ":1936";

    public string App { get; set; } = "/";

    public string Token { get; set; } = "";
}
