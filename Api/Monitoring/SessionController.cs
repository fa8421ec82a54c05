using CoreApi.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Monitoring;

/// <summary>Sessions of the players and writers of the streams (CONTRACT-CORE §12).</summary>
[ApiController]
[Authorize]
[Route("api/v3/session")]
[Produces("application/json")]
public sealed class SessionController(SessionTracker sessions) : ControllerBase
{
    /// <summary>Active sessions and totals per collector.</summary>
    /// <param name="collectors">Comma-separated collectors (<c>hls</c>, <c>hlsingress</c>, <c>ffmpeg</c>, <c>rtmp</c>, <c>srt</c>, <c>http</c>, <c>https</c>); all when absent. One key per name asked.</param>
    [HttpGet]
    [ProducesResponseType<Dictionary<string, SessionSummaryDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult GetSessions([FromQuery] string? collectors) =>
        JsonAnswer.Of(Names(collectors).ToDictionary(name => name, sessions.Summary, StringComparer.Ordinal), MonitoringJsonContext.Default.DictionaryStringSessionSummaryDto);

    /// <summary>The active sessions per collector.</summary>
    /// <param name="collectors">Comma-separated collectors; all when absent (datarhei then answers <c>{"":[]}</c>).</param>
    [HttpGet("active")]
    [ProducesResponseType<Dictionary<string, IReadOnlyList<SessionDto>>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ApiError>(StatusCodes.Status401Unauthorized)]
    public IActionResult GetActiveSessions([FromQuery] string? collectors) =>
        JsonAnswer.Of(Names(collectors).ToDictionary(name => name, sessions.Active, StringComparer.Ordinal), MonitoringJsonContext.Default.DictionaryStringIReadOnlyListSessionDto);

    private static IEnumerable<string> Names(string? collectors) =>
        string.IsNullOrEmpty(collectors) ? SessionCollectors.All : collectors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();
}
