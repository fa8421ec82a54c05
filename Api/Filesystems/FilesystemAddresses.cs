using System.Security.Cryptography;
using CoreApi.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>
/// The disk directory (created when missing) and the memfs URL, from the settings at start. The memfs password is
/// <c>storage.memory.auth.password</c>, or when that is empty a random one made once per start (datarhei: 18 letters
/// and digits); FFmpeg processes get it through <c>{memfs}</c>.
/// </summary>
public sealed class FilesystemAddresses : IFilesystemAddresses
{
    private const string PasswordAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private readonly Func<string> buildMemfsUrl;
    private volatile string? memfsUrl;

    public FilesystemAddresses(IOptions<CoreOptions> options, IServer server)
    {
        var settings = options.Value;
        DiskDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.Storage.Disk.Dir));
        Directory.CreateDirectory(DiskDirectory);
        var auth = settings.Storage.Memory.Auth;
        Username = auth.Username;
        Password = auth.Password.Length > 0 ? auth.Password : RandomNumberGenerator.GetString(PasswordAlphabet, 18);
        buildMemfsUrl = () =>
        {
            var host = ListenAddress.TryParse(settings.Address, out var listen) ? listen.ReachableHost : "localhost";
            var authority = $"{host}:{(listen.Port > 0 ? listen.Port : BoundPort(server))}";
            return auth.Enable
                ? $"http://{Uri.EscapeDataString(Username)}:{Uri.EscapeDataString(Password)}@{authority}/memfs"
                : $"http://{authority}/memfs";
        };
    }

    public string DiskDirectory { get; }

    // Kept once it names a real port; with a listen port of 0 (tests) the port is known only once the server listens.
    public string MemfsUrl => memfsUrl ?? Remember(buildMemfsUrl());

    /// <summary>The Basic user of memfs writes.</summary>
    public string Username { get; }

    /// <summary>The Basic password of memfs writes.</summary>
    public string Password { get; }

    private string Remember(string url)
    {
        if (new Uri(url).Port != 0)
        {
            memfsUrl = url;
        }

        return url;
    }

    // A listen address with port 0 (tests) gets its port from the system: read it from the running server.
    private static int BoundPort(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a.Replace("*", "localhost", StringComparison.Ordinal)).Port).FirstOrDefault() ?? 0;
}
