
namespace CoreApi.Auth;

/// <summary>Either a token pair or the reason there is none.</summary>
/// <param name="Tokens">The pair of a successful login.</param>
/// <param name="Failure">Why there is no pair.</param>
/// <param name="Reason">For an Auth0 token: what was wrong with it, for the client to read.</param>
/// <param name="RetryAfter">For a throttled login: how long to wait.</param>
public sealed record LoginResult(TokenPair? Tokens, LoginFailure? Failure, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static LoginResult Success(TokenPair tokens) => new(tokens, null);

    public static LoginResult Failed(LoginFailure failure, string? reason = null) => new(null, failure, reason);

    public static LoginResult Throttled(TimeSpan retryAfter) => new(null, LoginFailure.Throttled, null, retryAfter);

    /// <summary>Whole seconds for a <c>Retry-After</c> header (RFC 9110 §10.2.3), at least 1.</summary>
    public int RetryAfterSeconds => (int)Math.Max(1, Math.Ceiling(RetryAfter?.TotalSeconds ?? 1));
}
