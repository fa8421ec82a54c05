using CoreApi.Application;
using CoreApi.Contracts;
using CoreApi.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Controllers;

[ApiController]
[Route("api/login/refresh")]
[Produces("application/json")]
public sealed class RefreshController(RefreshService refresh) : ControllerBase
{
    /// <summary>Get a new access token with the refresh token.</summary>
    /// <remarks>
    /// Send the <b>refresh</b> token of a login (not the access token) as <c>Authorization: Bearer …</c>.
    /// Once the refresh token has expired, log in again.
    /// </remarks>
    /// <response code="200">A new access token for the same user.</response>
    /// <response code="401">No refresh token, or one that is invalid, expired or an access token.</response>
    [HttpGet]
    [Authorize(Policy = AuthenticationExtensions.RefreshPolicy)]
    [ProducesResponseType<RefreshResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public ActionResult<RefreshResponse> Refresh() =>
        new RefreshResponse(refresh.Refresh(User.Identity!.Name!).Jwt);
}
