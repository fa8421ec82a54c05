using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary>datarhei's IP access lists: who may reach the API at all, before any authentication.</summary>
public sealed class AccessOptions
{
    public AddressListOptions Http { get; set; } = new();

    /// <summary>Kept for datarhei compatibility; this server serves HTTP only (put TLS in a proxy), so it has no effect.</summary>
    public AddressListOptions Https { get; set; } = new();
}
