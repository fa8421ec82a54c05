using System.Collections.Concurrent;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// Remembers tokens whose header, signature and issuer have been verified, so a client that sends the same access
/// token on every request pays for the HMAC and the JSON parse once (ADR-005). An entry is only used while its key
/// is still the key of its subject (the very same <see cref="HmacSigner"/>; signers are rebuilt whenever the settings
/// change, so a new password or secret is never missed); lifetime (<c>exp</c>, <c>nbf</c>), use, subject and revocation are checked on every
/// request all the same. Refused tokens are never stored, so an attacker cannot fill it without valid tokens.
/// Lookup is by the whole token through a randomised string hash, so timing tells nothing about a token's bytes.
/// </summary>
public sealed class VerifiedTokenCache
{
    /// <summary>At most this many tokens are remembered: about 5 MB with the tokens we issue (~300 characters).</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
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
}
