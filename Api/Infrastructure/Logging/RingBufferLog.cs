using System.Text.RegularExpressions;
using CoreApi.Configuration;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Logging;

/// <summary>One kept log entry.</summary>
public sealed record LogEntry(DateTimeOffset Time, string Level, string Component, string Message, int EventId, IReadOnlyDictionary<string, string?> Data);

/// <summary>
/// The newest log entries in memory (<c>log.max_lines</c>), for <c>GET /api/v3/log</c>. Anything shaped like a JWT is
/// masked before it is kept, so no token reaches the log even if some component were to write one.
/// </summary>
public sealed partial class RingBufferLog(IOptionsMonitor<CoreOptions> options)
{
    private readonly Queue<LogEntry> entries = new();

    /// <summary>Keeps <paramref name="entry"/>, its message and values masked (<see cref="Mask"/>).</summary>
    public void Add(LogEntry entry)
    {
        var (message, data) = (Mask(entry.Message), MaskedData(entry.Data));
        var masked = ReferenceEquals(message, entry.Message) && ReferenceEquals(data, entry.Data) ? entry : entry with { Message = message, Data = data };
        var capacity = CurrentOptions(options).MaxLines;
        lock (entries)
        {
            entries.Enqueue(masked);
            while (entries.Count > capacity)
            {
                entries.Dequeue();
            }
        }
    }

    /// <summary>The kept entries, oldest first.</summary>
    public IReadOnlyList<LogEntry> Snapshot()
    {
        lock (entries)
        {
            return [.. entries];
        }
    }

    /// <summary>
    /// The log settings, or their defaults while the configuration is invalid: logging runs before and during
    /// start-up validation and must never throw (the start-up failure itself has to be logged).
    /// </summary>
    public static LogOptions CurrentOptions(IOptionsMonitor<CoreOptions> monitor)
    {
        try
        {
            return monitor.CurrentValue.Log;
        }
        catch (OptionsValidationException)
        {
            return new LogOptions();
        }
    }

    /// <summary>The text with anything shaped like a JWT replaced by <c>[token]</c>.</summary>
    public static string Mask(string text) => MayHoldToken(text) ? JwtShape().Replace(text, "[token]") : text;

    // Every JWT starts with "eyJ" (base64url of '{"'); a text without it, as nearly every line is, needs no regex.
    private static bool MayHoldToken(string? text) => text is not null && text.Contains("eyJ", StringComparison.Ordinal);

    // The values as logged when none needs masking (the usual case): no copy of the dictionary per entry.
    private static IReadOnlyDictionary<string, string?> MaskedData(IReadOnlyDictionary<string, string?> data) =>
        data.Values.Any(MayHoldToken) ? data.ToDictionary(pair => pair.Key, pair => pair.Value is null ? null : Mask(pair.Value)) : data;

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex JwtShape();
}

/// <summary>Feeds <see cref="RingBufferLog"/> from the logging pipeline.</summary>
public sealed class RingBufferLoggerProvider(RingBufferLog log, IOptionsMonitor<CoreOptions> options, TimeProvider time) : ILoggerProvider
{
    private readonly RingBufferLog log = log;
    private readonly TimeProvider time = time;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private LogLevel Minimum => RingBufferLog.CurrentOptions(options).Level switch
    {
        "debug" => LogLevel.Debug,
        "warn" => LogLevel.Warning,
        "error" => LogLevel.Error,
        _ => LogLevel.Information,
    };

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        _ => "ERROR",
    };

    private sealed class Logger(string category, RingBufferLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var data = Data(state);
            var message = formatter(state, exception) + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})");
            provider.log.Add(new LogEntry(provider.time.GetUtcNow(), LevelName(logLevel), category, message, eventId.Id, data));
        }

        // LoggerMessage states are lists, read by index without an enumerator; any other state is listed first.
        private static LogData Data<TState>(TState state) => state switch
        {
            IReadOnlyList<KeyValuePair<string, object?>> list => LogData.FromState(list),
            IEnumerable<KeyValuePair<string, object?>> values => LogData.FromState([.. values]),
            _ => LogData.Empty,
        };
    }
}
