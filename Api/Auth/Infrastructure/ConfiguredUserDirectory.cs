using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>
/// The users of the configuration: the datarhei user (<c>api.auth.username</c>, an admin), the users of
/// <c>api.auth.users</c>, and the subjects of enabled Auth0 tenants. Names match exactly (no trimming, no case
/// folding); passwords are plain (compared in constant time) or PBKDF2 hashes.
/// </summary>
public sealed class ConfiguredUserDirectory(IOptionsMonitor<CoreOptions> options) : IUserDirectory
{
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create("no user has this password", PasswordHash.DefaultIterations));

    // The digest of each configured plain password, made once per settings version (an entry lives as long as its
    // password string, which a reload replaces): a login then hashes only what was presented.
    private static readonly ConditionalWeakTable<string, byte[]> PlainDigests = new();

    public bool Verify(string username, string password)
    {
        var auth = options.CurrentValue.Api.Auth;
        var stored = StoredPassword(auth, username);
        // An unknown user is checked against a stand-in of the same kind, so the answer takes as long as for a
        // known one (ASVS 6.3.8): a hash when any configured password is hashed, a plain comparison otherwise.
        var matches = VerifyOne(password, stored ?? (AnyHashed(auth) ? DummyHash.Value : "\0"));
        return matches & stored is not null;
    }

    public UserRole? RoleOf(string subject)
    {
        var auth = options.CurrentValue.Api.Auth;
        if (auth.Username.Length > 0 && string.Equals(subject, auth.Username, StringComparison.Ordinal))
        {
            return UserRole.Admin;
        }

        if (auth.Users.FirstOrDefault(u => string.Equals(u.Name, subject, StringComparison.Ordinal)) is { } user)
        {
            return user.Role == "read" ? UserRole.Read : UserRole.Admin;
        }

        return auth.Auth0.Enable && auth.Auth0.Tenants.Any(tenant => tenant.Users.Contains(subject, StringComparer.Ordinal))
            ? UserRole.Admin
            : null;
    }

    /// <summary>The configured password string (plain or hash) of a local user; null for anyone else.</summary>
    public static string? StoredPassword(AuthOptions auth, string username)
    {
        if (auth.Username.Length > 0 && string.Equals(username, auth.Username, StringComparison.Ordinal))
        {
            return auth.Password;
        }

        return auth.Users.FirstOrDefault(u => string.Equals(u.Name, username, StringComparison.Ordinal))?.Password;
    }

    private static bool AnyHashed(AuthOptions auth) =>
        PasswordHash.IsHash(auth.Password) || auth.Users.Any(u => PasswordHash.IsHash(u.Password));

    // Plain passwords are compared as SHA-256 digests, so the comparison takes as long whatever their lengths.
    private static bool VerifyOne(string presented, string stored)
    {
        if (PasswordHash.IsHash(stored))
        {
            return PasswordHash.Verify(presented, stored);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), digest);
        return CryptographicOperations.FixedTimeEquals(digest, PlainDigests.GetValue(stored, Digest));
    }

    private static byte[] Digest(string plain) => SHA256.HashData(Encoding.UTF8.GetBytes(plain));
}
