using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CoreApi.Hosting;
using CoreApi.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// The HS256 keys, derived as datarhei Core derives its key: UTF-8 of username + password + JWT secret. The
/// datarhei user's key is exactly datarhei's, so a token issued by datarhei with the same three settings is valid
/// here. Each further local user gets the same derivation with its own name and password (so changing one user's
/// password ends that user's tokens only); Auth0 subjects use the datarhei user's key, as datarhei does.
/// Keys are derived once per settings version: a request only looks its subject up.
/// </summary>
public sealed class JwtSigningKeys(IOptionsMonitor<CoreOptions> options, SqliteSettingStore settings)
{
    /// <summary>The smallest HS256 key IdentityModel takes (IDX10720): 256 bits, as RFC 7518 §3.2 asks.</summary>
    public const int MinimumKeyBytes = 32;

    public const string GeneratedSecretSetting = "api.auth.jwt.secret.generated";

    private volatile Derived? derived;
    private string? generatedSecret;

    /// <summary>The datarhei user's key material as datarhei derives it (before padding).</summary>
    public byte[] Current => Material(options.CurrentValue.Api.Auth.Username, options.CurrentValue.Api.Auth);

    /// <summary>
    /// The key of <paramref name="subject"/>, the same instance for as long as the settings do not change: the
    /// verified-token cache relies on that to drop what a new password or secret no longer verifies.
    /// </summary>
    public SymmetricSecurityKey KeyFor(string? subject) => (SymmetricSecurityKey)CredentialsFor(subject).Key;

    /// <summary>HS256 signing credentials over <see cref="KeyFor"/>, made once per key like the key itself.</summary>
    public SigningCredentials CredentialsFor(string? subject)
    {
        var current = options.CurrentValue;
        var snapshot = derived;
        if (snapshot is null || !ReferenceEquals(snapshot.Options, current))
        {
            snapshot = new Derived(current, new ConcurrentDictionary<string, SigningCredentials>(StringComparer.Ordinal));
            derived = snapshot;
        }

        return snapshot.Keys.GetOrAdd(OwnerOf(current.Api.Auth, subject ?? ""), Create, current.Api.Auth);
    }

    private static string OwnerOf(AuthOptions auth, string subject) =>
        ConfiguredUserDirectory.StoredPassword(auth, subject) is null ? auth.Username : subject;

    private static readonly SigningKeyProviders Providers = new();

    private SigningCredentials Create(string owner, AuthOptions auth) =>
        new(new SymmetricSecurityKey(PaddedForHmac(Material(owner, auth))) { CryptoProviderFactory = Providers }, SecurityAlgorithms.HmacSha256);

    private byte[] Material(string owner, AuthOptions auth) =>
        Encoding.UTF8.GetBytes(owner + ConfiguredUserDirectory.StoredPassword(auth, owner) + SecretOf(auth.Jwt));

    /// <summary>
    /// datarhei's key is often shorter than the 32 bytes IdentityModel accepts for HS256. HMAC zero-pads any key shorter
    /// than the hash's 64-byte block before use (RFC 2104 §2), so the key padded with zeros to 32 bytes gives the very
    /// same signatures: tokens stay interchangeable with datarhei's. Longer keys are left as they are.
    /// </summary>
    public static byte[] PaddedForHmac(byte[] material)
    {
        if (material.Length >= MinimumKeyBytes)
        {
            return material;
        }

        var padded = new byte[MinimumKeyBytes];
        material.CopyTo(padded, 0);
        return padded;
    }

    private string SecretOf(JwtOptions jwt) =>
        jwt.Secret.Length > 0 ? jwt.Secret : generatedSecret ??= settings.GetOrCreate(GeneratedSecretSetting, GenerateSecret);

    // 32 random bytes: 256 bits, the HS256 key size RFC 7518 §3.2 asks for, even with an empty user and password.
    private static string GenerateSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private sealed record Derived(CoreOptions Options, ConcurrentDictionary<string, SigningCredentials> Keys);
}
