using System.Collections.Concurrent;

namespace CoreApi.Auth;

/// <summary>
/// Remembers verified tokens, so a client that sends the same access token on every request pays for the signature
/// and the parse once (ADR-008). Keyed by the whole token (ordinal). An entry counts only while its key is still its
/// subject's key (keys are new objects whenever the settings change, so a new password or secret is never missed)
/// and dies with the token's <c>exp</c>; use, subject and revocation are checked on every request all the same, and a
/// token refused by them is dropped. Refused tokens are never stored, so nobody fills it without valid tokens; when it
/// is full of live ones, further tokens are simply verified every time.
/// </summary>
public sealed class VerifiedTokenCache
{
    /// <summary>At most this many tokens are remembered: about 3 KB each with the parsed token, so at most ~30 MB.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, VerifiedToken> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public bool TryGet(string token, out VerifiedToken verified) => entries.TryGetValue(token, out verified!);

    public void Add(string token, VerifiedToken verified, DateTimeOffset now)
    {
        if (entries.Count >= Capacity)
        {
            RemoveExpired(now);
            if (entries.Count >= Capacity)
            {
                return;
            }
        }

        entries[token] = verified;
    }

    public void Remove(string token) => entries.TryRemove(token, out _);

    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var (token, verified) in entries)
        {
            if (verified.Claims.ExpiresAt < now)
            {
                entries.TryRemove(token, out _);
            }
        }
    }
}
