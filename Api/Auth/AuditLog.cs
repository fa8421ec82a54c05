using System.Net;

namespace CoreApi.Auth;

/// <summary>
/// Security events as structured log entries under the category <c>Audit</c>: who, what, from where. Never a
/// password, a token or a user name that did not exist (a mistyped password often lands in the user field).
/// </summary>
public sealed partial class AuditLog(ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("Audit");

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Login succeeded: {Subject} via {Method} from {Address}")]
    public partial void LoginSucceeded(string subject, string method, IPAddress? address);

    /// <summary>
    /// Refused logins of one interval (<see cref="LoginRefusalLog"/>), one line per user, method and address: a flood of
    /// wrong passwords is a few lines, not a line per attempt. <paramref name="subject"/> is "-" unless the user exists.
    /// </summary>
    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Logins refused: {Count} in {Seconds} s ({Failed} failed, {Throttled} throttled; last reason: {Reason}): {Subject} via {Method} from {Address}")]
    public partial void LoginsRefused(int count, int seconds, int failed, int throttled, string reason, string subject, string method, string address);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Token refreshed: {Subject}")]
    public partial void Refreshed(string subject);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Tokens revoked: {Subject}, {What}")]
    public partial void Revoked(string subject, string what);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Refresh token reused after rotation: {Subject}; its family is revoked")]
    public partial void RefreshReuseDetected(string subject);
}
