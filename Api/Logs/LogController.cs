using CoreApi.Auth;
using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Logs;

[ApiController]
[Authorize]
[AdminOnly]
[Route("api/v3/log")]
[Produces("application/json")]
public sealed class LogController(RingBufferLog log) : ControllerBase
{
    /// <summary>Read the newest log entries, oldest first.</summary>
    /// <remarks>
    /// The last <c>log.max_lines</c> entries (1000 by default), including the audit log (component <c>Audit</c>):
    /// logins, failures, throttling, refreshes and revocations. No password or token is ever in it. Admins only.
    /// </remarks>
    /// <param name="format">Omitted: objects with <c>time</c>, <c>level</c>, <c>component</c>, <c>message</c>; <c>raw</c>: the
    /// stored objects with their event id and structured data; <c>console</c>: text lines.</param>
    /// <response code="200">The entries.</response>
    /// <response code="400">An unknown format.</response>
    [HttpGet]
    [ProducesResponseType<LogLine[]>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ApiError>(StatusCodes.Status403Forbidden)]
    public IActionResult GetLog([FromQuery] string? format = null)
    {
        var entries = log.Snapshot();
        return format switch
        {
            null or "" => Ok(entries.Select(e => new LogLine(e.Time, e.Level, e.Component, e.Message))),
            "raw" => Ok(entries),
            "console" => Ok(entries.Select(e => $"{e.Time:yyyy-MM-ddTHH:mm:ss.fffZ} {e.Level,-5} [{e.Component}] {e.Message}")),
            _ => ApiResults.Error(StatusCodes.Status400BadRequest, "format must be omitted, 'raw' or 'console'"),
        };
    }
}
