
namespace CoreApi.Auth;

public enum LoginFailure
{
    MissingCredentials,
    InvalidCredentials,
    InvalidAuth0Token,
    Throttled,
    AuthenticationDisabled,
}
