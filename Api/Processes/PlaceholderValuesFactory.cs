using CoreApi.Filesystems;
using CoreApi.Hosting;

namespace CoreApi.Processes;

/// <summary>The placeholder values of §8.1 from the settings and the filesystems.</summary>
public static class PlaceholderValuesFactory
{
    public static PlaceholderValues Create(CoreOptions options, IFilesystemAddresses filesystems)
    {
        var rtmp = HostPort(options.Rtmp.Address, 1935);
        var app = options.Rtmp.App is "/" or "" ? "" : options.Rtmp.App.TrimEnd('/');
        return new PlaceholderValues(
            filesystems.DiskDirectory,
            filesystems.MemfsUrl,
            $"rtmp://{rtmp}{app}",
            options.Rtmp.Token,
            HostPort(options.Srt.Address, 6000),
            options.Srt.Token,
            options.Srt.Passphrase);
    }

    private static string HostPort(string address, int defaultPort) =>
        ListenAddress.TryParse(address, out var listen) ? $"{listen.ReachableHost}:{listen.Port}" : $"localhost:{defaultPort}";
}
