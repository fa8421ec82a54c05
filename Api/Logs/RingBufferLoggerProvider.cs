using System.Text.RegularExpressions;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Logs;

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
