using System.Globalization;
using System.Net;

namespace CoreApi.Hosting;

/// <summary>A datarhei listen address: <c>:8080</c> (every interface), <c>127.0.0.1:8080</c>, <c>[::1]:8080</c> or <c>localhost:8080</c>.</summary>
public sealed record ListenAddress(string Host, int Port)
{
    public bool IsAnyInterface => Host.Length == 0;

    public bool IsLocalhost => string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host a local client reaches this address at: the host, or <c>localhost</c> when it names every interface (datarhei's rule for <c>{memfs}</c>, <c>{rtmp}</c>, <c>{srt}</c>).</summary>
    public string ReachableHost => IsAnyInterface ? "localhost" : Host;

    public IPAddress? IPAddress => IsAnyInterface || IsLocalhost ? null : IPAddress.Parse(Host.Trim('[', ']'));

    public static bool TryParse(string? text, out ListenAddress address)
    {
        address = new ListenAddress("", 0);
        var colon = text?.LastIndexOf(':') ?? -1;
        if (text is null || colon < 0)
        {
            return false;
        }

        var host = text[..colon];
        if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            return false;
        }

        var hostIsValid = host.Length == 0
            || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (host.StartsWith('[') && host.EndsWith(']') && System.Net.IPAddress.TryParse(host[1..^1], out _))
            || (!host.Contains(':') && System.Net.IPAddress.TryParse(host, out _));
        // Kestrel cannot bind "localhost" to a dynamic port (it would mean two different ports).
        if (!hostIsValid || (port == 0 && string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        address = new ListenAddress(host, port);
        return true;
    }

    public override string ToString() => $"{Host}:{Port}";
}
