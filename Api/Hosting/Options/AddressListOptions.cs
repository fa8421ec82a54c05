using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class AddressListOptions
{
    /// <summary>Addresses or CIDR networks allowed; empty allows everyone not blocked.</summary>
    public List<string> Allow { get; set; } = [];

    /// <summary>Addresses or CIDR networks refused with 403.</summary>
    public List<string> Block { get; set; } = [];
}
