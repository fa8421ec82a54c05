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

/// <summary>
/// HMAC-SHA256 with one key, of any length (RFC 2104 allows it; datarhei's key may be short). Keyed HMAC
/// instances are pooled: setting a key up costs more than hashing a token, and a one-shot call would set it up
/// on every request.
/// </summary>
public sealed class HmacSigner(byte[] key)
{
    private const int MaxPooled = 64;
    private readonly ConcurrentBag<HMACSHA256> pool = [];

    // Counted here: the bag's own Count locks every thread's list on each call.
    private int pooled;

    public byte[] Key { get; } = key;

    /// <summary>How many keyed instances wait in the pool (at most 64).</summary>
    internal int Pooled => Volatile.Read(ref pooled);

    public void Sign(ReadOnlySpan<byte> input, Span<byte> signature)
    {
        if (pool.TryTake(out var hmac))
        {
            Interlocked.Decrement(ref pooled);
        }
        else
        {
            hmac = new HMACSHA256(Key);
        }

        hmac.TryComputeHash(input, signature, out _);
        if (Interlocked.Increment(ref pooled) <= MaxPooled)
        {
            pool.Add(hmac);
        }
        else
        {
            Interlocked.Decrement(ref pooled);
            hmac.Dispose();
        }
    }
}
