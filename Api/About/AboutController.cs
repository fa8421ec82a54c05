using CoreApi.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.About;

[ApiController]
[AllowAnonymous]
[Produces("application/json")]
public sealed class AboutController(AboutService about, ApiAccess access) : ControllerBase
{
    /// <summary>Describe this instance.</summary>
    /// <remarks>
    /// Never answers 401. Without a valid access token it answers the minimal description (<c>app</c>, <c>auths</c>,
    /// <c>version.number</c>); with one, or where no token is needed, the full one with <c>id</c> and <c>name</c>.
    /// </remarks>
    /// <response code="200">The minimal (<c>MinimalAboutResponse</c>) or the full (<c>AboutResponse</c>) description.</response>
    [HttpGet("api")]
    [ProducesResponseType<AboutResponse>(StatusCodes.Status200OK)]
    public IActionResult About() =>
        access.IsGranted(User, HttpContext.Connection.RemoteIpAddress) ? Ok(about.Full()) : Ok(about.Minimal());

    /// <summary>Check that the server is alive.</summary>
    /// <response code="200">The text <c>pong</c> (<c>text/plain</c>).</response>
    // Declared without a schema: generators would otherwise parse the plain-text "pong" as JSON and fail.
    [HttpGet("ping")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public ContentResult Ping() => Content("pong", "text/plain; charset=utf-8");
}
