using System.Text.RegularExpressions;

namespace CoreApi.Processes;

/// <summary>Reads the skills (§7) from the output of <c>ffmpeg -version</c>, <c>-filters</c>, <c>-codecs</c>, <c>-formats</c>, <c>-devices</c>, <c>-protocols</c> and <c>-hwaccels</c>.</summary>
public static partial class SkillsParser
{
    public static SkillsFfmpegDto Version(string text)
    {
        var lines = Lines(text);
        var first = lines.FirstOrDefault() ?? "";
        var version = VersionNumber().Match(first) is { Success: true } m ? m.Groups[1].Value : "";
        return new SkillsFfmpegDto
        {
            Version = version,
            Compiler = lines.FirstOrDefault(l => l.StartsWith("built with ", StringComparison.Ordinal))?["built with ".Length..] ?? "",
            Configuration = lines.FirstOrDefault(l => l.StartsWith("configuration: ", StringComparison.Ordinal))?["configuration: ".Length..] ?? "",
            Libraries = [.. lines.Select(l => Library().Match(l)).Where(x => x.Success)
                .Select(x => new SkillsLibraryDto(x.Groups[1].Value, Compact(x.Groups[2].Value), Compact(x.Groups[3].Value)))],
        };
    }

    public static IReadOnlyList<SkillDto> Filters(string text) =>
        [.. Lines(text).Select(l => FilterLine().Match(l)).Where(m => m.Success).Select(m => new SkillDto(m.Groups[1].Value, m.Groups[2].Value.Trim()))];

    public static IReadOnlyList<SkillDto> Hwaccels(string text) =>
        [.. Lines(text).SkipWhile(l => !l.StartsWith("Hardware acceleration methods:", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.Length > 0).Select(l => new SkillDto(l.Trim(), l.Trim()))];

    public static SkillsCodecsDto Codecs(string text)
    {
        var audio = new List<CodecSkillDto>();
        var video = new List<CodecSkillDto>();
        var subtitle = new List<CodecSkillDto>();
        foreach (var match in Lines(text).Select(l => CodecLine().Match(l)).Where(m => m.Success))
        {
            var flags = match.Groups[1].Value;
            var id = match.Groups[2].Value;
            var description = match.Groups[3].Value;
            var decoders = Names(ref description, "decoders");
            var encoders = Names(ref description, "encoders");
            var codec = new CodecSkillDto(
                id,
                description.Trim(),
                flags[1] == 'E' ? encoders ?? [id] : null,
                flags[0] == 'D' ? decoders ?? [id] : null);
            (flags[2] switch { 'A' => audio, 'V' => video, 'S' => subtitle, _ => null })?.Add(codec);
        }

        return new SkillsCodecsDto(audio, video, subtitle);
    }

    public static SkillsFormatsDto Formats(string text)
    {
        var (demuxers, muxers) = DemuxersAndMuxers(text);
        return new SkillsFormatsDto(demuxers, muxers);
    }

    public static SkillsDevicesDto Devices(string text)
    {
        var (demuxers, muxers) = DemuxersAndMuxers(text);
        return new SkillsDevicesDto(
            [.. demuxers.Select(d => new DeviceSkillDto(d.Id, d.Name, []))],
            [.. muxers.Select(d => new DeviceSkillDto(d.Id, d.Name, []))]);
    }

    public static SkillsProtocolsDto Protocols(string text)
    {
        var input = new List<SkillDto>();
        var output = new List<SkillDto>();
        List<SkillDto>? current = null;
        foreach (var line in Lines(text))
        {
            if (line == "Input:")
            {
                current = input;
            }
            else if (line == "Output:")
            {
                current = output;
            }
            else if (current is not null && line.StartsWith("  ", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                current.Add(new SkillDto(line.Trim(), line.Trim()));
            }
        }

        return new SkillsProtocolsDto(input, output);
    }

    private static (List<SkillDto> Demuxers, List<SkillDto> Muxers) DemuxersAndMuxers(string text)
    {
        var demuxers = new List<SkillDto>();
        var muxers = new List<SkillDto>();
        foreach (var match in Lines(text).SkipWhile(l => l.Trim() != "--").Skip(1).Select(l => FormatLine().Match(l)).Where(m => m.Success))
        {
            var skill = new SkillDto(match.Groups[2].Value, match.Groups[3].Value.Trim());
            if (match.Groups[1].Value[0] == 'D')
            {
                demuxers.Add(skill);
            }

            if (match.Groups[1].Value[1] == 'E')
            {
                muxers.Add(skill);
            }
        }

        return (demuxers, muxers);
    }

    // "… (decoders: h264 h264_qsv ) (encoders: libx264 … )": takes the list out of the description.
    private static List<string>? Names(ref string description, string kind)
    {
        var marker = $" ({kind}: ";
        var start = description.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = description.IndexOf(')', start);
        var names = description[(start + marker.Length)..(end < 0 ? description.Length : end)].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        description = description[..start] + (end < 0 ? "" : description[(end + 1)..]);
        return names.Count > 0 ? names : null;
    }

    private static string Compact(string version) => string.Join('.', version.Split('.').Select(part => part.Trim()));

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [GeneratedRegex(@"^ffmpeg version (?:n)?(\d+\.\d+(?:\.\d+)?)")]
    private static partial Regex VersionNumber();

    [GeneratedRegex(@"^(lib\w+)\s+([\d\. ]+?)\s+/\s+([\d\. ]+)$")]
    private static partial Regex Library();

    [GeneratedRegex(@"^ [TSC.]{3} (\S+)\s+\S+->\S+\s+(.*)$")]
    private static partial Regex FilterLine();

    [GeneratedRegex(@"^ ([D.][E.][VASDT.][I.][L.][S.]) (\S+)\s+(.*)$")]
    private static partial Regex CodecLine();

    [GeneratedRegex(@"^ ([D ][E ])\s?(\S+)\s+(.*)$")]
    private static partial Regex FormatLine();
}
