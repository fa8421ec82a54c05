namespace CoreApi.Auth;

/// <summary>The answer for one presented token: the verified token, or why it is refused.</summary>
public readonly record struct TokenCheck(VerifiedToken? Token, string? Failure)
{
    public static TokenCheck Refused(string reason) => new(null, reason);
}
