using System.Net;

namespace CoreApi.Web;

/// <summary>A list of IP addresses and CIDR networks, as the access and proxy settings hold them.</summary>
public static class AddressList
{
    public static bool TryParse(string entry, out IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(entry, out network);
    }

    public static IReadOnlyList<IPNetwork> Parse(IEnumerable<string> entries) =>
        [.. entries.Select(entry => TryParse(entry, out var network) ? network : throw new FormatException(entry))];

    public static bool Contains(IReadOnlyList<IPNetwork> networks, IPAddress address)
    {
        var normalized = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(network => network.Contains(normalized));
    }
}
