namespace CoreApi.Auth;

/// <summary>
/// The claims of one token as datarhei Core issues them: <c>iss</c>, <c>sub</c>, <c>usefor</c>, <c>iat</c>,
/// <c>exp</c> = iat + lifetime, <c>exi</c> = lifetime in seconds, <c>jti</c> = a fresh UUID.
/// </summary>
public sealed record TokenClaims
{
    /// <summary>The issuer and realm of every token (datarhei's value, kept for drop-in compatibility).</summary>
    public const string Realm = "datarhei-core";

    private TokenClaims(string subject, TokenUse use, long issuedAt, long expiresIn, Guid id)
    {
        Subject = subject;
        Use = use;
        IssuedAt = issuedAt;
        ExpiresIn = expiresIn;
        Id = id;
    }

    public string Issuer => Realm;

    public string Subject { get; }

    public TokenUse Use { get; }

    /// <summary><c>iat</c>, Unix seconds.</summary>
    public long IssuedAt { get; }

    /// <summary><c>exi</c>: seconds from issue to expiry.</summary>
    public long ExpiresIn { get; }

    /// <summary><c>exp</c>, Unix seconds.</summary>
    public long ExpiresAt => IssuedAt + ExpiresIn;

    /// <summary><c>jti</c>.</summary>
    public Guid Id { get; }

    public static TokenClaims Issue(string subject, TokenUse use, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return new TokenClaims(subject, use, now.ToUnixTimeSeconds(), (long)TokenLifetimes.For(use).TotalSeconds, Guid.NewGuid());
    }

    /// <summary>
    /// A token that expires no later than <paramref name="notAfter"/>: a rotated refresh token keeps its family's
    /// absolute expiry (ASVS 10.4.8), so rotation can never extend a login beyond its first refresh token.
    /// </summary>
    public static TokenClaims IssueUntil(string subject, TokenUse use, DateTimeOffset now, DateTimeOffset notAfter)
    {
        var claims = Issue(subject, use, now);
        var remaining = notAfter.ToUnixTimeSeconds() - claims.IssuedAt;
        if (remaining <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(notAfter), "The token would already be expired.");
        }

        return remaining >= claims.ExpiresIn ? claims : new TokenClaims(subject, use, claims.IssuedAt, remaining, claims.Id);
    }
}
