
namespace CoreApi.Auth;

/// <summary>The tokens of a grant, or the RFC 6749 §5.2 error and why.</summary>
public sealed record GrantResult(IssuedToken? Access, IssuedToken? Refresh, GrantError? Error, string? Description, int RetryAfterSeconds = 0)
{
    public static GrantResult Failed(GrantError error, string description) => new(null, null, error, description);
}
