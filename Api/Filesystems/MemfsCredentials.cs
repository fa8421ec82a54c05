using System.Security.Cryptography;
using System.Text;
using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>
/// HTTP Basic auth (RFC 7617) for writes to <c>/memfs</c>, with the credentials <c>{memfs}</c> gives FFmpeg. Compared
/// in constant time; a failure counts for the login throttle of the client's address, so the memfs password cannot be
/// guessed faster than a login password.
/// </summary>
public sealed class MemfsCredentials(IOptions<CoreOptions> options, FilesystemAddresses addresses, LoginThrottle throttle)
{
    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes($"{addresses.Username}:{addresses.Password}"));

    public bool Required => options.Value.Storage.Memory.Auth.Enable;

    /// <summary>Whether the request may write; <paramref name="retryAfter"/> is set when the address is throttled.</summary>
    public bool Admit(HttpRequest request, out TimeSpan? retryAfter)
    {
        var address = request.HttpContext.Connection.RemoteIpAddress;
        retryAfter = null;
        if (!Required)
        {
            return true;
        }

        // No credentials at all is the first round of RFC 7617's challenge (FFmpeg's HTTP client asks like that before
        // every write): answered 401, never counted. Credentials that are wrong count.
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return false;
        }

        if (throttle.RetryAfter(null, address) is { } wait)
        {
            retryAfter = wait;
            return false;
        }

        if (Matches(header))
        {
            return true;
        }

        throttle.RecordFailure(null, address);
        return false;
    }

    private bool Matches(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[512];
        if (!Convert.TryFromBase64String(header[6..].Trim(), decoded, out var written))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(decoded[..written]), expected);
    }
}
