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
/// </summary>
public sealed class JwtSigningKeys(IOptionsMonitor<CoreOptions> options, SqliteSettingStore settings)
{
    public const string GeneratedSecretSetting = "api.auth.jwt.secret.generated";

    private static readonly CryptoProviderFactory ShortKeyTolerantFactory = new()
    {
        CustomCryptoProvider = new HmacSha256CryptoProvider(),
    };

    private readonly ConcurrentDictionary<string, DerivedKey> keys = new(StringComparer.Ordinal);
    private string? generatedSecret;

    /// <summary>The datarhei user's key.</summary>
    public SymmetricSecurityKey Current => For(options.CurrentValue.Api.Auth.Username);

    /// <summary>The key of the tokens of <paramref name="subject"/>.</summary>
    public SymmetricSecurityKey For(string subject)
    {
        var auth = options.CurrentValue.Api.Auth;
        var owner = ConfiguredUserDirectory.StoredPassword(auth, subject) is { } password ? (subject, password) : (auth.Username, auth.Password);
        var material = owner.Item1 + owner.Item2 + SecretOf(auth.Jwt);
        var cached = keys.GetValueOrDefault(owner.Item1);
        if (cached is null || !string.Equals(cached.Material, material, StringComparison.Ordinal))
        {
            cached = new DerivedKey(material, new SymmetricSecurityKey(Encoding.UTF8.GetBytes(material)) { CryptoProviderFactory = ShortKeyTolerantFactory });
            keys[owner.Item1] = cached;
        }

        return cached.Key;
    }

    private string SecretOf(JwtOptions jwt) =>
        jwt.Secret.Length > 0 ? jwt.Secret : generatedSecret ??= settings.GetOrCreate(GeneratedSecretSetting, GenerateSecret);

    // 32 random bytes: 256 bits, the HS256 key size RFC 7518 §3.2 asks for, even with an empty user and password.
    private static string GenerateSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private sealed record DerivedKey(string Material, SymmetricSecurityKey Key);
}
