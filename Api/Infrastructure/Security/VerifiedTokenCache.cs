using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// Remembers tokens whose header, signature and issuer have been verified, so a client that sends the same access
/// token on every request pays for the HMAC and the JSON parse once (ADR-005). An entry is only used while its key
/// is still the key of its subject (the very same <see cref="HmacSigner"/>; signers are rebuilt whenever the settings
/// change, so a new password or secret is never missed); lifetime (<c>exp</c>, <c>nbf</c>), use, subject and revocation are checked on every
/// request all the same. Refused tokens are never stored, so an attacker cannot fill it without valid tokens.
/// Lookup is by the whole token, hashed with a per-process random seed over part of its signature
/// (<see cref="SignatureComparer"/>), so timing tells nothing about a token's bytes.
/// </summary>
public sealed class VerifiedTokenCache
{
    /// <summary>At most this many tokens are remembered: about 5 MB with the tokens we issue (~300 characters).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(SignatureComparer.Instance);
    private int count;

    public bool TryGet(string token, out VerifiedClaims claims, out HmacSigner signer)
    {
        if (entries.TryGetValue(token, out var entry))
        {
            (claims, signer) = (entry.Claims, entry.Signer);
            return true;
        }

        (claims, signer) = (null!, null!);
        return false;
    }

    public void Add(string token, VerifiedClaims claims, HmacSigner signer, long nowSeconds)
    {
        if (Volatile.Read(ref count) >= Capacity)
        {
            RemoveExpired(nowSeconds);
            if (Volatile.Read(ref count) >= Capacity)
            {
                return; // full of live tokens: verify the rest every time rather than grow
            }
        }

        var entry = new Entry(claims, signer);
        if (entries.TryAdd(token, entry))
        {
            Interlocked.Increment(ref count);
        }
        else
        {
            entries[token] = entry; // verified again after a settings change: remember the new signer
        }
    }

    public void Remove(string token)
    {
        if (entries.TryRemove(token, out _))
        {
            Interlocked.Decrement(ref count);
        }
    }

    public int Count => Volatile.Read(ref count);

    private void RemoveExpired(long nowSeconds)
    {
        foreach (var (token, entry) in entries)
        {
            if (entry.Claims.ExpiresAt < nowSeconds)
            {
                Remove(token);
            }
        }
    }

    private sealed record Entry(VerifiedClaims Claims, HmacSigner Signer);

    /// <summary>
    /// Tokens equal as ordinal strings, hashed by 16 characters of their signature only: a JWS compact token ends with
    /// its HS256 signature in base64url (RFC 7515 §7.1), and a stored token's signature is an HMAC that no client can
    /// choose, so 96 of its bits spread the entries as well as the whole token would, at a fraction of the cost of
    /// hashing some 300 characters on every request. The last character is left out (it carries only 4 bits).
    /// <see cref="HashCode"/> is seeded at random per process, as the framework's string hash is.
    /// </summary>
    internal sealed class SignatureComparer : IEqualityComparer<string>
    {
        private const int HashedCharacters = 16;

        public static readonly SignatureComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string token)
        {
            if (token.Length <= HashedCharacters)
            {
                return string.GetHashCode(token);
            }

            // Read as four unaligned 8-byte words (a string's characters need not be 8-byte aligned).
            var bytes = MemoryMarshal.AsBytes(token.AsSpan(token.Length - 1 - HashedCharacters, HashedCharacters));
            return HashCode.Combine(
                MemoryMarshal.Read<ulong>(bytes), MemoryMarshal.Read<ulong>(bytes[8..]), MemoryMarshal.Read<ulong>(bytes[16..]), MemoryMarshal.Read<ulong>(bytes[24..]));
        }
    }
}
