using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Auth;

[ApiController]
[AllowAnonymous]
[Route("api/login")]
[Produces("application/json")]
public sealed class LoginController(LoginService login) : ControllerBase
{
    /// <summary>Log in with user name and password.</summary>
    /// <remarks>
    /// Send the user and password of <c>api.auth.username</c> / <c>api.auth.password</c> as JSON. The answer holds an
    /// access token (600 s) for every <c>/api/v3/</c> call and a refresh token (24 h) for <c>GET /api/login/refresh</c>.
    /// Failures answer only after a delay (<c>api.auth.login.failure_delay_ms</c>, 5 s by default).
    /// With Auth0 enabled, send no body and an Auth0 access token as <c>Authorization: Bearer …</c> instead; credentials
    /// in the body take precedence over the header.
    /// </remarks>
    /// <response code="200">Logged in.</response>
    /// <response code="400">The body carries no user name or password.</response>
    /// <response code="401">The user name or the password is wrong, or the Auth0 token is not accepted.</response>
    /// <response code="404">Authentication is disabled (<c>api.auth.enable</c> is false).</response>
    /// <response code="413">The body is larger than 16 KiB.</response>
    /// <response code="429">Too many failed logins for this user or from this address; retry after <c>Retry-After</c> seconds.</response>
    [HttpPost]
    [ProducesResponseType<LoginResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ApiError>(StatusCodes.Status429TooManyRequests)]
    [Auth0BearerLogin]
    [JsonRequestBody(typeof(LoginRequest))]
    public async Task<IActionResult> Login()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var request = await LoginRequest.ReadAsync(Request, cancellationToken);
        var credentials = new LoginCredentials(request.Username, request.Password, BearerToken.From(Request.Headers.Authorization));
        var result = await login.LoginAsync(credentials, HttpContext.Connection.RemoteIpAddress, cancellationToken);

        return result switch
        {
            { Tokens: { } tokens } => JsonAnswer.Of<LoginResponse>(new(tokens.Access.Jwt, tokens.Refresh.Jwt), TokenJsonContext.Default.LoginResponse),
            { Failure: LoginFailure.MissingCredentials } => ApiResults.Error(StatusCodes.Status400BadRequest, ErrorDetails.MissingCredentials),
            { Failure: LoginFailure.Throttled } => ApiResults.TooManyRequests(Response, result.RetryAfterSeconds),
            { Failure: LoginFailure.InvalidAuth0Token } => ApiResults.Error(StatusCodes.Status401Unauthorized, $"{ErrorDetails.InvalidCredentialsPrefix}{result.Reason}"),
            { Failure: LoginFailure.AuthenticationDisabled } => ApiResults.Error(StatusCodes.Status404NotFound, ErrorDetails.AuthenticationDisabled),
            _ => ApiResults.Error(StatusCodes.Status401Unauthorized, ErrorDetails.InvalidCredentials),
        };
    }
}
