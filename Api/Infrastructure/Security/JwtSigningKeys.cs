using System.Security.Cryptography;
using System.Text;
using CoreApi.Configuration;
using CoreApi.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// The HS256 key, derived as datarhei Core derives it: UTF-8 of username + password + JWT secret. A token
/// issued by datarhei with the same three settings is valid here, and changing any of them ends every token.
/// </summary>
public sealed class JwtSigningKeys(IOptionsMonitor<CoreOptions> options, SqliteSettingStore settings)
{
    public const string GeneratedSecretSetting = "api.auth.jwt.secret.generated";

    private static readonly CryptoProviderFactory ShortKeyTolerantFactory = new()
    {
        CustomCryptoProvider = new HmacSha256CryptoProvider(),
    };

    private volatile DerivedKey? current;

    public SymmetricSecurityKey Current
    {
        get
        {
            var auth = options.CurrentValue.Api.Auth;
            var material = auth.Username + auth.Password + SecretOf(auth.Jwt);
            var cached = current;
            if (cached is null || !string.Equals(cached.Material, material, StringComparison.Ordinal))
            {
                cached = new DerivedKey(material, CreateKey(material));
                current = cached;
            }

            return cached.Key;
        }
    }

    private string SecretOf(JwtOptions jwt) =>
        jwt.Secret.Length > 0 ? jwt.Secret : settings.GetOrCreate(GeneratedSecretSetting, GenerateSecret);

    // 32 random bytes: 256 bits, the HS256 key size RFC 7518 §3.2 asks for, even with an empty user and password.
    private static string GenerateSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static SymmetricSecurityKey CreateKey(string material) =>
        new(Encoding.UTF8.GetBytes(material)) { CryptoProviderFactory = ShortKeyTolerantFactory };

    private sealed record DerivedKey(string Material, SymmetricSecurityKey Key);
}
