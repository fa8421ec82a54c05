using CoreApi.Domain;

namespace CoreApi.Application;

public enum LoginFailure
{
    MissingCredentials,
    InvalidCredentials,
    AuthenticationDisabled,
}

/// <summary>Either a token pair or the reason there is none.</summary>
public sealed record LoginResult(TokenPair? Tokens, LoginFailure? Failure)
{
    public static LoginResult Success(TokenPair tokens) => new(tokens, null);

    public static LoginResult Failed(LoginFailure failure) => new(null, failure);
}
