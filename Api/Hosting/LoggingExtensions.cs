using CoreApi.Logs;
using ZLogger;

namespace CoreApi.Hosting;

public static class LoggingExtensions
{
    /// <summary>Lines queued by the console logger at most; past it, new lines are dropped (counted by ZLogger) rather than block a request.</summary>
    public const int ConsoleQueueCapacity = 10_000;

    /// <summary>
    /// The console log through ZLogger (ADR-009): a request only queues its line; one background writer formats and
    /// writes them in batches, where the framework's console logger wakes its thread and writes once per line. Also
    /// the in-memory log that <c>GET /api/v3/log</c> reads. Levels come from <c>Logging:LogLevel</c> as usual.
    /// </summary>
    public static WebApplicationBuilder AddCoreLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddZLoggerConsole(options =>
        {
            options.FullMode = BackgroundBufferFullMode.Drop;
            options.BackgroundBufferCapacity = ConsoleQueueCapacity;
            options.LogToStandardErrorThreshold = LogLevel.Error;
            UseConsoleLine(options);
        });

        builder.Services.AddSingleton<RingBufferLog>();
        builder.Services.AddSingleton<ILoggerProvider, RingBufferLoggerProvider>();
        // Two lines per request (hosting) and more (routing, MVC) at Information: as appsettings.json says, but also
        // when the server starts elsewhere than in its own directory and finds no appsettings.json.
        builder.Services.AddLogLevelDefault("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// One line per entry: <c>2026-12-02T06:30:01.042Z info Audit[1001] Login succeeded: …</c> — UTC time to the
    /// millisecond, the framework console's level names, category and event id, then the message. The time is written
    /// as the sortable <c>s</c> format and the milliseconds after it: the runtime formats <c>s</c> on a fast path, a
    /// custom pattern like <c>yyyy-MM-ddTHH:mm:ss.fff</c> four times slower (docs/performance.md), on every line.
    /// </summary>
    public static void UseConsoleLine(ZLoggerOptions options) => options.UsePlainTextFormatter(formatter =>
    {
        formatter.SetPrefixFormatter(
            $"{0:s}.{1:D3}Z {2} {3}[{4}] ",
            (in MessageTemplate template, in LogInfo info) =>
                template.Format(info.Timestamp.Utc, info.Timestamp.Utc.Millisecond, LevelName(info.LogLevel), info.Category, info.EventId.Id));
        formatter.SetExceptionFormatter((writer, exception) => Utf8StringInterpolation.Utf8String.Format(writer, $"\n{exception}"));
    });

    // The framework console's four-letter names, which operators' log filters know.
    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
