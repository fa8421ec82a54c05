using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CoreApi.Configuration;
using CoreApi.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// The HS256 keys, derived as datarhei Core derives its key: UTF-8 of username + password + JWT secret. The
/// datarhei user's key is exactly datarhei's, so a token issued by datarhei with the same three settings is valid
/// here. Each further local user gets the same derivation with its own name and password (so changing one user's
/// password ends that user's tokens only); Auth0 subjects use the datarhei user's key, as datarhei does.
/// Keys are derived once per settings version: a request only looks its subject up.
/// </summary>
public sealed class JwtSigningKeys(IOptionsMonitor<CoreOptions> options, SqliteSettingStore settings) : ITokenKeys
{
    public const string GeneratedSecretSetting = "api.auth.jwt.secret.generated";

    private volatile Derived? derived;
    private string? generatedSecret;

    /// <summary>The datarhei user's key.</summary>
    public byte[] Current => Signer(options.CurrentValue.Api.Auth.Username).Key;

    /// <summary>Without further local users every subject, local or Auth0, has the datarhei user's key.</summary>
    public HmacSigner? Shared => options.CurrentValue.Api.Auth is { Users.Count: 0 } auth ? Signer(auth.Username) : null;

    /// <summary>The key of <paramref name="subject"/> with a pool of ready HMAC instances for it.</summary>
    public HmacSigner Signer(string? subject)
    {
        var current = options.CurrentValue;
        var snapshot = derived;
        if (snapshot is null || !ReferenceEquals(snapshot.Options, current))
        {
            snapshot = new Derived(current, new ConcurrentDictionary<string, HmacSigner>(StringComparer.Ordinal));
            derived = snapshot;
        }

        return snapshot.Signers.GetOrAdd(OwnerOf(current.Api.Auth, subject ?? ""), Create, current.Api.Auth);
    }

    private static string OwnerOf(AuthOptions auth, string subject) =>
        ConfiguredUserDirectory.StoredPassword(auth, subject) is null ? auth.Username : subject;

    private HmacSigner Create(string owner, AuthOptions auth)
    {
        var material = owner + ConfiguredUserDirectory.StoredPassword(auth, owner) + SecretOf(auth.Jwt);
        return new HmacSigner(Encoding.UTF8.GetBytes(material));
    }

    private string SecretOf(JwtOptions jwt) =>
        jwt.Secret.Length > 0 ? jwt.Secret : generatedSecret ??= settings.GetOrCreate(GeneratedSecretSetting, GenerateSecret);

    // 32 random bytes: 256 bits, the HS256 key size RFC 7518 §3.2 asks for, even with an empty user and password.
    private static string GenerateSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private sealed record Derived(CoreOptions Options, ConcurrentDictionary<string, HmacSigner> Signers);
}
