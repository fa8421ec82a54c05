using CoreApi.Web;

namespace CoreApi.Auth;

/// <summary>
/// The OAuth 2.0 token endpoint behind Swagger UI's Authorize dialog: the password grant is the same login as
/// <c>POST /api/login</c> (same users, same failure delay), the refresh grant the same as <c>GET /api/login/refresh</c>.
/// </summary>
public sealed class TokenGrantService(LoginService login, RefreshService refresh, ILocalTokenValidator tokens)
{
    public async Task<GrantResult> GrantAsync(string? grantType, string? username, string? password, string? refreshToken, System.Net.IPAddress? client, CancellationToken cancellationToken)
    {
        switch (grantType)
        {
            case "password" when !string.IsNullOrEmpty(username) && !string.IsNullOrEmpty(password):
                var result = await login.LoginAsync(new LoginCredentials(username, password), client, cancellationToken);
                if (result.Failure == LoginFailure.Throttled)
                {
                    return new GrantResult(null, null, GrantError.Throttled, "Too many failed logins", result.RetryAfterSeconds);
                }

                return result.Tokens is { } pair
                    ? new GrantResult(pair.Access, pair.Refresh, null, null)
                    : GrantResult.Failed(GrantError.InvalidGrant, result.Failure == LoginFailure.AuthenticationDisabled
                        ? ErrorDetails.AuthenticationDisabled
                        : ErrorDetails.InvalidCredentials);
            case "password":
                await login.RejectAsync(LoginFailure.MissingCredentials, cancellationToken);
                return GrantResult.Failed(GrantError.InvalidRequest, "Missing authorization credentials: username and password are required");
            case "refresh_token" when !string.IsNullOrEmpty(refreshToken):
                var presented = await tokens.ValidateAsync(refreshToken, TokenUse.Refresh);
                var renewed = presented is null ? RefreshResult.Refused : refresh.Refresh(presented);
                return renewed.Access is { } access
                    ? new GrantResult(access, renewed.Refresh, null, null)
                    : GrantResult.Failed(GrantError.InvalidGrant, "The refresh token is invalid, expired or revoked");
            case "refresh_token":
                return GrantResult.Failed(GrantError.InvalidRequest, "refresh_token is required");
            case null or "":
                return GrantResult.Failed(GrantError.InvalidRequest, "grant_type is required (form-encoded body, RFC 6749 §4.3.2)");
            default:
                return GrantResult.Failed(GrantError.UnsupportedGrantType, "Only the password and refresh_token grants are supported");
        }
    }
}
