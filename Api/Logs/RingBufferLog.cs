using System.Text.RegularExpressions;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Logs;

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
