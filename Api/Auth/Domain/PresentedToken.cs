namespace CoreApi.Auth;

/// <summary>
/// The claims of a token whose signature, algorithm, issuer and lifetime the token handler has already
/// checked. These rules are the rest: the ones that stop token substitution (a refresh token calling v3)
/// and tokens minted "in the future" by someone who holds the key.
/// </summary>
/// <param name="Subject"><c>sub</c>, when it is a string.</param>
/// <param name="UseFor"><c>usefor</c>, when it is a string.</param>
/// <param name="IssuedAt"><c>iat</c>, when it is an integer.</param>
/// <param name="HasIssuedAt">Whether the token has an <c>iat</c> claim at all, of whatever type.</param>
public sealed record PresentedToken(string? Subject, string? UseFor, long? IssuedAt, bool HasIssuedAt)
{
    /// <summary><c>jti</c>, when it is a string: what revocation is keyed on.</summary>
    public string? Id { get; init; }

    public TokenRejection? Check(TokenUse expectedUse, DateTimeOffset now, TimeSpan clockSkew)
    {
        if (TokenUseNames.FromClaimValue(UseFor) != expectedUse)
        {
            return TokenRejection.WrongUse;
        }

        if (string.IsNullOrEmpty(Subject))
        {
            return TokenRejection.MissingSubject;
        }

        if (HasIssuedAt && IssuedAt is null)
        {
            return TokenRejection.MalformedIssuedAt;
        }

        if (IssuedAt is { } iat && iat > (now + clockSkew).ToUnixTimeSeconds())
        {
            return TokenRejection.IssuedInTheFuture;
        }

        return null;
    }
}
