using System.Globalization;

namespace CoreApi.Processes;

/// <summary>
/// The values of one FFmpeg status line, such as
/// <c>frame=   46 fps=9.2 q=19.0 size=     189kB time=00:00:04.10 bitrate= 377.5kbits/s speed=0.9x</c> (§5).
/// A value that is missing or <c>N/A</c> is <c>null</c> (the previous value is kept). Parsed by a scan of the line,
/// not by regular expressions: it runs for every status line of every process, several times a second.
/// </summary>
public readonly record struct ProgressLine(ulong? Frame, double? Q, ulong? SizeKb, double? Time, double? Speed, ulong? Drop, ulong? Dup)
{
    /// <summary>Parses a status line (with or without a level prefix); <c>null</c> when it is not one.</summary>
    public static ProgressLine? Parse(ReadOnlySpan<char> line)
    {
        line = FfmpegLine.WithoutLevel(line);
        if (!line.StartsWith("frame=", StringComparison.Ordinal))
        {
            return null;
        }

        ulong? frame = null, size = null, drop = null, dup = null;
        double? q = null, time = null, speed = null;
        while (line.Length > 0)
        {
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                break;
            }

            var key = line[..equals].Trim();
            line = line[(equals + 1)..].TrimStart(' ');
            var end = line.IndexOf(' ');
            var value = end < 0 ? line : line[..end];
            line = end < 0 ? [] : line[end..].TrimStart(' ');
            switch (key)
            {
                case "frame": frame = Unsigned(value); break;
                case "q": q = Number(value); break;
                case "size" or "Lsize": size = Unsigned(value.EndsWith("kB") ? value[..^2] : value.EndsWith("KiB") ? value[..^3] : []); break;
                case "time": time = Duration(value); break;
                case "speed": speed = Number(value.EndsWith('x') ? value[..^1] : value); break;
                case "drop": drop = Unsigned(value); break;
                case "dup": dup = Unsigned(value); break;
            }
        }

        return new ProgressLine(frame, q, size, time, speed, drop, dup);
    }

    /// <summary><c>HH:MM:SS.cc</c> (possibly negative) in seconds.</summary>
    public static double? Duration(ReadOnlySpan<char> value)
    {
        var negative = value.StartsWith('-');
        if (negative)
        {
            value = value[1..];
        }

        var first = value.IndexOf(':');
        var last = value.LastIndexOf(':');
        if (first <= 0 || last == first
            || !int.TryParse(value[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(value[(first + 1)..last], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !double.TryParse(value[(last + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var total = (hours * 3600) + (minutes * 60) + seconds;
        return negative ? -total : total;
    }

    private static ulong? Unsigned(ReadOnlySpan<char> value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static double? Number(ReadOnlySpan<char> value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
