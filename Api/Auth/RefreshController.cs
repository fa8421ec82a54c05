using CoreApi.Hosting;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Auth;

[ApiController]
[Route("api/login/refresh")]
[Produces("application/json")]
public sealed class RefreshController(RefreshService refresh) : ControllerBase
{
    /// <summary>Get a new access token with the refresh token.</summary>
    /// <remarks>
    /// Send the <b>refresh</b> token of a login (not the access token) as <c>Authorization: Bearer …</c>.
    /// Once the refresh token has expired, log in again. With refresh-token rotation on, the answer also holds the
    /// refresh token to use next time; reusing an old one after a short overlap revokes the whole login.
    /// </remarks>
    /// <response code="200">A new access token for the same user.</response>
    /// <response code="401">No refresh token, or one that is invalid, expired, revoked, reused or an access token.</response>
    [HttpGet]
    [Authorize(Policy = AuthSchemes.RefreshPolicy)]
    [ProducesResponseType<RefreshResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult Refresh()
    {
        // The refresh scheme accepted a refresh token: its identity carries the verified token.
        var presented = User.Identities.OfType<TokenIdentity>().First().Token;
        return refresh.Refresh(presented) is { Access: { } access } result
            ? JsonAnswer.Of<RefreshResponse>(new(access.Jwt, result.Refresh?.Jwt), TokenJsonContext.Default.RefreshResponse)
            : ApiResults.InvalidToken(Response);
    }
}
