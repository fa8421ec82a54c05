using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Auth;

[ApiController]
[AllowAnonymous]
[Route("api/logout")]
[Produces("application/json")]
public sealed class LogoutController(LogoutService logout) : ControllerBase
{
    /// <summary>Log out: revoke the refresh token (its whole family) and the current access token.</summary>
    /// <remarks>
    /// Send the refresh token as <c>token</c> (form-encoded, RFC 7009) or as <c>{"refresh_token": …}</c> (JSON). An access
    /// token in <c>Authorization: Bearer …</c> is revoked too. Revocations survive a restart. As RFC 7009 §2.2 asks, the
    /// answer is 200 also for a token that is already invalid, expired or revoked.
    /// </remarks>
    /// <response code="200">Revoked, or nothing left to revoke.</response>
    /// <response code="413">The body is larger than 16 KiB.</response>
    [HttpPost]
    [ProducesResponseType<Dictionary<string, string>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<IActionResult> Logout([LogoutBody] LogoutRequest request)
    {
        await logout.LogoutAsync(request.Token, BearerToken.From(Request.Headers.Authorization));
        return Ok(new Dictionary<string, string>());
    }
}
