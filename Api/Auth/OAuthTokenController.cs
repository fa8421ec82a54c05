using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Auth;

[ApiController]
[AllowAnonymous]
[Route("api/login/token")]
[Produces("application/json")]
public sealed class OAuthTokenController(TokenGrantService grants) : ControllerBase
{
    /// <summary>Get tokens the OAuth 2.0 way (used by the Swagger UI Authorize dialog).</summary>
    /// <remarks>
    /// A form-encoded token request (RFC 6749): <c>grant_type=password</c> with <c>username</c> and <c>password</c>
    /// logs in exactly like <c>POST /api/login</c>; <c>grant_type=refresh_token</c> with <c>refresh_token</c>
    /// refreshes like <c>GET /api/login/refresh</c>. Errors carry both the OAuth <c>error</c> and this API's
    /// <c>code</c>/<c>message</c>/<c>details</c>.
    /// </remarks>
    /// <response code="200">The tokens (RFC 6749 §5.1).</response>
    /// <response code="400"><c>invalid_request</c>, <c>invalid_grant</c> or <c>unsupported_grant_type</c> (RFC 6749 §5.2).</response>
    /// <response code="413">The body is larger than 16 KiB.</response>
    /// <response code="429">Too many failed logins (<c>temporarily_unavailable</c>); retry after <c>Retry-After</c> seconds.</response>
    [HttpPost]
    [ProducesResponseType<OAuthTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<OAuthError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<OAuthError>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Token([FormBody] OAuthTokenRequest request, CancellationToken cancellationToken)
    {
        var result = await grants.GrantAsync(request.GrantType, request.Username, request.Password, request.RefreshToken, HttpContext.Connection.RemoteIpAddress, cancellationToken);

        // RFC 6749 §5.1: responses with tokens must not be cached.
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        return result switch
        {
            { Access: { } access } => Ok(new OAuthTokenResponse(access.Jwt, "Bearer", access.Claims.ExpiresIn, result.Refresh?.Jwt)),
            { Error: GrantError.Throttled } => ThrottledAnswer(result.RetryAfterSeconds),
            _ => BadRequest(OAuthError.Create(StatusCodes.Status400BadRequest, ErrorCode(result.Error), result.Description!)),
        };
    }

    private ObjectResult ThrottledAnswer(int retryAfterSeconds)
    {
        var answer = ApiResults.TooManyRequests(Response, retryAfterSeconds);
        var description = ((ApiError)answer.Value!).Details[0];
        return StatusCode(StatusCodes.Status429TooManyRequests, OAuthError.Create(StatusCodes.Status429TooManyRequests, "temporarily_unavailable", description));
    }

    private static string ErrorCode(GrantError? error) => error switch
    {
        GrantError.InvalidGrant => "invalid_grant",
        GrantError.UnsupportedGrantType => "unsupported_grant_type",
        _ => "invalid_request",
    };
}
