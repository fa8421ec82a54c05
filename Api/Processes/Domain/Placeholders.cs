using System.Text;

namespace CoreApi.Processes;

/// <summary>
/// Expands datarhei's placeholders (§8): <c>{name}</c>, <c>{name^C}</c> (escape C in the value), and
/// <c>{name,key=value,…}</c> (parameters, URL-unescaped, where <c>$processid</c>, <c>$reference</c>, <c>$inputid</c>
/// and <c>$outputid</c> stand for the current values). A placeholder ends at the first <c>}</c>, so a placeholder
/// inside parameters is not expanded, as in datarhei. Unknown names, and names not allowed where they stand, are left
/// as written.
/// </summary>
public sealed class Placeholders(Func<PlaceholderValues> resolve)
{
    public Placeholders(PlaceholderValues values)
        : this(() => values)
    {
    }

    // Resolved when first needed: the memfs URL contains the port the server listens on, known only once it does.
    private PlaceholderValues Values => resolve();

    public string Expand(string text, PlaceholderScope scope, string processId, string reference, string inputId = "", string outputId = "")
    {
        if (!text.Contains('{'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 32);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, open - position);
            var body = text.AsSpan(open + 1, close - open - 1);
            var expanded = TryExpand(body, scope, processId, reference, inputId, outputId);
            if (expanded is null)
            {
                // Not a placeholder (or not allowed here): keep the brace and look for the next one after it.
                result.Append('{');
                position = open + 1;
                continue;
            }

            result.Append(expanded);
            position = close + 1;
        }

        return result.ToString();
    }

    private string? TryExpand(ReadOnlySpan<char> body, PlaceholderScope scope, string processId, string reference, string inputId, string outputId)
    {
        var nameEnd = 0;
        while (nameEnd < body.Length && (char.IsAsciiLetterLower(body[nameEnd]) || body[nameEnd] == ':'))
        {
            nameEnd++;
        }

        if (nameEnd == 0)
        {
            return null;
        }

        var name = body[..nameEnd].ToString();
        var rest = body[nameEnd..];
        char? escape = null;
        if (rest.Length >= 2 && rest[0] == '^')
        {
            escape = rest[1];
            rest = rest[2..];
        }

        Dictionary<string, string> parameters = [];
        if (rest.Length > 0)
        {
            if (rest[0] != ',')
            {
                return null;
            }

            parameters = Parameters(rest[1..].ToString(), processId, reference, inputId, outputId);
        }

        if (!Allowed(name, scope))
        {
            return null;
        }

        var value = Value(name, scope, parameters, processId, reference, inputId, outputId);
        return value is null ? null : escape is { } c ? Escape(value, c) : value;
    }

    private string? Value(string name, PlaceholderScope scope, Dictionary<string, string> parameters, string processId, string reference, string inputId, string outputId) => name switch
    {
        "processid" => processId,
        "reference" => reference,
        "inputid" => inputId,
        "outputid" => outputId,
        "diskfs" or "fs:disk" => Values.DiskFs,
        "memfs" or "fs:mem" => Values.MemFs,
        "rtmp" => Rtmp(parameters),
        "srt" => Srt(parameters, scope == PlaceholderScope.InputAddress),
        _ => null,
    };

    private static bool Allowed(string name, PlaceholderScope scope) => scope switch
    {
        PlaceholderScope.GlobalOption => name is "diskfs" || name.StartsWith("fs:", StringComparison.Ordinal),
        PlaceholderScope.IoId or PlaceholderScope.CleanupPattern => name is "processid" or "reference" || (scope == PlaceholderScope.CleanupPattern && name == "outputid"),
        PlaceholderScope.InputAddress => name is not "outputid",
        PlaceholderScope.InputOption => name is not ("outputid" or "rtmp" or "srt"),
        PlaceholderScope.OutputAddress => name is not "inputid",
        PlaceholderScope.OutputOption => name is not ("inputid" or "rtmp" or "srt"),
        _ => false,
    };

    private string? Rtmp(Dictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("name", out var name))
        {
            return null;
        }

        var url = $"{Values.RtmpBase}/{name}";
        return Values.RtmpToken.Length > 0 ? $"{url}?token={Uri.EscapeDataString(Values.RtmpToken)}" : url;
    }

    private string? Srt(Dictionary<string, string> parameters, bool input)
    {
        if (!parameters.TryGetValue("name", out var name))
        {
            return null;
        }

        var latency = parameters.GetValueOrDefault("latency", "20000");
        var streamId = $"{name},mode:{(input ? "request" : "publish")}";
        if (Values.SrtToken.Length > 0)
        {
            streamId += ",token:" + Values.SrtToken;
        }

        var url = $"srt://{Values.SrtHostPort}?mode=caller&transtype=live&latency={latency}&streamid={streamId}";
        return Values.SrtPassphrase.Length > 0 ? $"{url}&passphrase={Uri.EscapeDataString(Values.SrtPassphrase)}" : url;
    }

    private static Dictionary<string, string> Parameters(string text, string processId, string reference, string inputId, string outputId)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = Uri.UnescapeDataString(pair[(equals + 1)..])
                .Replace("$processid", processId, StringComparison.Ordinal)
                .Replace("$reference", reference, StringComparison.Ordinal)
                .Replace("$inputid", inputId, StringComparison.Ordinal)
                .Replace("$outputid", outputId, StringComparison.Ordinal);
            parameters[pair[..equals]] = value;
        }

        return parameters;
    }

    // §8.4: backslashes already in the value become three, then every escaped character gets two before it.
    private static string Escape(string value, char c) =>
        c == '\\' ? value.Replace("\\", "\\\\\\", StringComparison.Ordinal)
                  : value.Replace("\\", "\\\\\\", StringComparison.Ordinal).Replace(c.ToString(), "\\\\" + c, StringComparison.Ordinal);
}
