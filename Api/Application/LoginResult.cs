using CoreApi.Domain;

namespace CoreApi.Application;

public enum LoginFailure
{
    MissingCredentials,
    InvalidCredentials,
    InvalidAuth0Token,
    AuthenticationDisabled,
}

/// <summary>Either a token pair or the reason there is none.</summary>
/// <param name="Tokens">The pair of a successful login.</param>
/// <param name="Failure">Why there is no pair.</param>
/// <param name="Reason">For an Auth0 token: what was wrong with it, for the client to read.</param>
public sealed record LoginResult(TokenPair? Tokens, LoginFailure? Failure, string? Reason = null)
{
    public static LoginResult Success(TokenPair tokens) => new(tokens, null);

    public static LoginResult Failed(LoginFailure failure, string? reason = null) => new(null, failure, reason);
}
