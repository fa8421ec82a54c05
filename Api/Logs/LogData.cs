using System.Diagnostics.CodeAnalysis;

namespace CoreApi.Logs;

/// <summary>
/// The named values of one log entry, in the order they were logged: an array, not a hash table, because an entry
/// holds a handful of values and is written far more often than anyone looks one up (every login and refresh writes
/// one). A name logged twice keeps its last value, as a dictionary would.
/// </summary>
public sealed class LogData : IReadOnlyDictionary<string, string?>
{
    public static readonly LogData Empty = new([]);

    private const string OriginalFormat = "{OriginalFormat}";

    private readonly KeyValuePair<string, string?>[] values;

    private LogData(KeyValuePair<string, string?>[] values) => this.values = values;

    /// <summary>
    /// The values of a logging state as text, without its message template (<c>{OriginalFormat}</c>); a later value of a
    /// name replaces an earlier one.
    /// </summary>
    public static LogData FromState(IReadOnlyList<KeyValuePair<string, object?>> state)
    {
        var count = 0;
        for (var i = 0; i < state.Count; i++)
        {
            count += state[i].Key == OriginalFormat ? 0 : 1;
        }

        var kept = new KeyValuePair<string, string?>[count];
        var next = 0;
        for (var i = 0; i < state.Count; i++)
        {
            var (key, value) = state[i];
            if (key == OriginalFormat)
            {
                continue;
            }

            var index = IndexOf(kept.AsSpan(0, next), key);
            kept[index >= 0 ? index : next++] = new(key, value?.ToString());
        }

        return next == 0 ? Empty : new LogData(next == count ? kept : kept[..next]);
    }

    public int Count => values.Length;

    public IEnumerable<string> Keys => values.Select(pair => pair.Key);

    public IEnumerable<string?> Values => values.Select(pair => pair.Value);

    public string? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => IndexOf(values, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string? value)
    {
        var index = IndexOf(values, key);
        value = index >= 0 ? values[index].Value : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string?>>)values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static int IndexOf(ReadOnlySpan<KeyValuePair<string, string?>> pairs, string key)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
