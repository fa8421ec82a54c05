using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Logging;

/// <summary>
/// The console log as ASP.NET Core formats it — its formatters (<c>simple</c>, <c>json</c>, <c>systemd</c>) and the
/// <c>Logging:Console</c> options (<c>FormatterName</c>, <c>FormatterOptions</c>, <c>LogToStandardErrorThreshold</c>,
/// <c>MaxQueueLength</c>, <c>QueueFullMode</c>, <c>LogLevel</c>) — delivered by <see cref="ConsoleBatchWriter"/>. The
/// framework's console logger wakes its writer thread and calls <c>write</c> once per line: about 12 µs of server CPU per
/// line under load on the project's machine, a third of a login's cost with its audit line (docs/performance.md).
/// </summary>
[ProviderAlias("Console")]
public sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly IOptionsMonitor<ConsoleLoggerOptions> options;
    private readonly Dictionary<string, ConsoleFormatter> formatters = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConsoleBatchWriter writer;
    private IExternalScopeProvider? scopes;

    public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
        : this(options, formatters, new ConsoleBatchWriter(StandardStream(Console.OpenStandardOutput()), StandardStream(Console.OpenStandardError()), ConsoleBatchWriter.FlushInterval))
    {
    }

    internal BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, ConsoleBatchWriter writer)
    {
        this.options = options;
        this.writer = writer;
        foreach (var formatter in formatters)
        {
            this.formatters[formatter.Name] = formatter;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() => writer.Dispose();

    // Flushed by the writer after each batch, not after each line.
    private static StreamWriter StandardStream(Stream stream) => new(stream, new UTF8Encoding(false), 32 * 1024) { AutoFlush = false };

    // As the framework picks it: the named formatter, "simple" when none is named or the name is unknown.
    private ConsoleFormatter Formatter(ConsoleLoggerOptions current) =>
        current.FormatterName is { } name && formatters.TryGetValue(name, out var named) ? named : formatters[ConsoleFormatterNames.Simple];

    private sealed class Logger(string category, BatchedConsoleLoggerProvider provider) : ILogger
    {
        // One text buffer per thread, as the framework's console logger keeps one.
        [ThreadStatic] private static StringWriter? buffer;

        // Scopes reach the formatter through the factory's scope provider (ISupportExternalScope).
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var current = provider.options.CurrentValue;
            var text = buffer ??= new StringWriter(CultureInfo.InvariantCulture);
            var entry = new Microsoft.Extensions.Logging.Abstractions.LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
            provider.Formatter(current).Write(in entry, provider.scopes, text);
            var written = text.GetStringBuilder();
            if (written.Length == 0)
            {
                return;
            }

            var line = written.ToString();
            written.Clear();
            if (written.Capacity > 4096)
            {
                written.Capacity = 1024; // one huge message must not pin a huge buffer to this thread
            }

            provider.writer.Enqueue(line, logLevel >= current.LogToStandardErrorThreshold, current.MaxQueueLength, current.QueueFullMode == ConsoleLoggerQueueFullMode.DropWrite);
        }
    }
}

public static class BatchedConsoleLogExtensions
{
    /// <summary>Replaces the framework's console logger with <see cref="BatchedConsoleLoggerProvider"/>; formatters and options stay.</summary>
    public static IServiceCollection AddBatchedConsoleLog(this IServiceCollection services)
    {
        services.AddLogging(logging => logging.AddConsole()); // the formatters and options, if the host had not added them
        var framework = services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        framework.ForEach(d => services.Remove(d));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, BatchedConsoleLoggerProvider>());
        return services;
    }
}
