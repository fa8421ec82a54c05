namespace CoreApi.Auth;

/// <summary>
/// Revoked tokens and refresh-token families (RFC 7009; RFC 9700 §4.14.2). A family is the chain of refresh
/// tokens that rotation derives from one login; it is named by the <c>jti</c> of its first refresh token.
/// Entries are kept only until the tokens they name would have expired anyway.
/// </summary>
public interface ITokenRevocations
{
    /// <summary>Whether the token <paramref name="jti"/>, or the family it belongs to, is revoked. Cheap: in memory.</summary>
    bool IsRevoked(string jti);

    /// <summary>The family of refresh token <paramref name="jti"/> (the token itself when it was never rotated).</summary>
    string FamilyOf(string jti);

    /// <summary>When the family's first refresh token expires: no token of the family lives longer.</summary>
    DateTimeOffset? FamilyExpiry(string family);

    void Revoke(string jti, DateTimeOffset expiresAt);

    /// <summary>Records that refresh token <paramref name="jti"/> was derived by rotation within <paramref name="family"/>.</summary>
    void AddToFamily(string jti, string family, DateTimeOffset familyExpiresAt);

    /// <summary>Marks refresh token <paramref name="jti"/> used and returns when it was first used.</summary>
    DateTimeOffset MarkUsed(string jti, DateTimeOffset now, DateTimeOffset expiresAt);
}
