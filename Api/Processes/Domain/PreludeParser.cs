using System.Globalization;
using System.Text.RegularExpressions;

namespace CoreApi.Processes;

/// <summary>
/// Parses FFmpeg's description of its inputs and outputs (§3.9, §5): <c>Input #N, format, from 'address':</c>,
/// <c>Duration: …</c>, <c>Stream #N:M(lang): Video|Audio|Subtitle: …</c>, <c>Output #N, format, to 'address':</c> and
/// the lines under <c>Stream mapping:</c>. Runs once per run of a process, so regular expressions are fine here.
/// </summary>
public static partial class PreludeParser
{
    public static Prelude Parse(IEnumerable<string> lines)
    {
        var inputs = new List<StreamInfo>();
        var outputs = new List<StreamInfo>();
        List<StreamInfo>? current = null;
        string address = "", format = "";
        double duration = 0;
        var mapping = 0;
        var inMapping = false;
        foreach (var raw in lines)
        {
            var line = FfmpegLine.WithoutLevel(raw).ToString();
            if (IoLine().Match(line) is { Success: true } io)
            {
                current = io.Groups[1].Value == "Input" ? inputs : outputs;
                format = io.Groups[3].Value;
                address = io.Groups[4].Value;
                duration = 0;
                inMapping = false;
                continue;
            }

            if (line.StartsWith("Stream mapping:", StringComparison.Ordinal))
            {
                inMapping = true;
                current = null;
                continue;
            }

            if (inMapping)
            {
                if (MappingLine().IsMatch(line))
                {
                    mapping++;
                    continue;
                }

                inMapping = false;
            }

            if (current is null)
            {
                continue;
            }

            if (DurationLine().Match(line) is { Success: true } d)
            {
                duration = ProgressLine.Duration(d.Groups[1].Value) ?? 0;
                continue;
            }

            if (StreamLine().Match(line) is { Success: true } s)
            {
                current.Add(Stream(s, address, format, duration));
            }
        }

        return new Prelude(inputs, outputs, mapping);
    }

    private static StreamInfo Stream(Match match, string address, string format, double duration)
    {
        var type = match.Groups[4].Value.ToLowerInvariant();
        var parts = SplitTopLevel(match.Groups[5].Value);
        var codec = parts.Count > 0 ? parts[0].Split(' ', 2)[0] : "";
        string pixFmt = "", layout = "";
        int width = 0, height = 0, sampling = 0;
        double fps = 0, bitrate = 0;
        for (var i = 1; i < parts.Count; i++)
        {
            var part = parts[i];
            if (Size().Match(part) is { Success: true } size && type == "video")
            {
                width = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
                height = int.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            else if (part.EndsWith(" fps", StringComparison.Ordinal))
            {
                fps = Number(part[..^4]);
            }
            else if (part.EndsWith(" kb/s", StringComparison.Ordinal))
            {
                bitrate = Number(part.Split(' ')[0]);
            }
            else if (part.EndsWith(" Hz", StringComparison.Ordinal))
            {
                sampling = (int)Number(part[..^3]);
                layout = i + 1 < parts.Count ? parts[i + 1].Split(' ', 2)[0] : "";
            }
            else if (i == 1 && type == "video")
            {
                pixFmt = part.Split('(', 2)[0].Trim();
            }
        }

        var language = match.Groups[3].Success && match.Groups[3].Value.Length == 3 ? match.Groups[3].Value : "und";
        return new StreamInfo(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            address, format, language, type, codec, bitrate, duration, fps, pixFmt, width, height, sampling, layout);
    }

    // "rawvideo (I420 / 0x30323449), yuv420p(tv, bt709), 320x180 [SAR 1:1 DAR 16:9], 10 tbr" → split at commas outside parentheses.
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts;
    }

    private static double Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;

    [GeneratedRegex(@"^(Input|Output) #(\d+), (.+?), (?:from|to) '(.*)':$")]
    private static partial Regex IoLine();

    [GeneratedRegex(@"^\s+Duration: (\S+?),")]
    private static partial Regex DurationLine();

    [GeneratedRegex(@"^\s+Stream #(\d+):(\d+)(?:\[[^\]]*\])?(?:\((\w+)\))?(?:\[[^\]]*\])?: (Video|Audio|Subtitle|Data|Attachment): (.*)$")]
    private static partial Regex StreamLine();

    [GeneratedRegex(@"^\s+Stream #\d+:\d+.* -> #\d+:\d+")]
    private static partial Regex MappingLine();

    [GeneratedRegex(@"^(\d+)x(\d+)")]
    private static partial Regex Size();
}
