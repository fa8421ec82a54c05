using System.Text.RegularExpressions;

namespace CoreApi.Processes;

/// <summary>
/// What FFmpeg may be told to read and write (§2.3, hardened). Every input and output address and every option value
/// that names a file or a filter graph is checked: local files only inside the disk directory (<see cref="LocalPathRule"/>),
/// network addresses against <c>ffmpeg.access.*</c>, protocols that wrap other addresses (<c>concat:</c>,
/// <c>subfile:</c>, <c>cache:</c>, …) unwrapped and checked inside, protocols that reach the local machine in other
/// ways (<c>fd:</c>, <c>unix:</c>) refused, filters that load code or open sockets refused.
/// </summary>
public sealed class MediaAddressPolicy(LocalPathRule paths, AccessRules inputAccess, AccessRules outputAccess)
{
    private static readonly HashSet<string> NetworkSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "rtmp", "rtmps", "rtmpt", "rtmpts", "rtmpe", "rtmpte", "rtsp", "rtsps", "rtp", "srtp", "srt",
        "tcp", "tls", "udp", "udplite", "mmsh", "mmst", "icecast", "ftp", "sftp", "gopher", "gophers", "ipfs", "ipns",
        "rist", "zmq", "librist", "amqp",
    };

    private static readonly HashSet<string> WrapperSchemes = new(StringComparer.OrdinalIgnoreCase) { "cache", "async", "crypto", "hls", "subfile" };

    // Options whose value FFmpeg opens as a file or URL (reading or writing).
    private static readonly HashSet<string> FileOptions = new(StringComparer.Ordinal)
    {
        "-i", "-attach", "-filter_script", "-filter_complex_script", "-passlogfile", "-vstats_file", "-sdp_file",
        "-progress", "-dump_attachment", "-hls_segment_filename", "-hls_key_info_file", "-segment_list",
        "-key_info_file", "-fontsdir", "-stats_enc_pre", "-stats_enc_post", "-stats_mux_pre", "-hls_subtitle_path",
        "-cookies_file", "-ca_file", "-cert_file", "-key_file", "-dump_separator_file",
    };

    // Options whose value is a file name that FFmpeg places next to the output: a bare name, never a path.
    private static readonly HashSet<string> RelativeNameOptions = new(StringComparer.Ordinal)
    {
        "-master_pl_name", "-hls_fmp4_init_filename", "-init_seg_name", "-media_seg_name", "-segment_list_entry_prefix",
    };

    // Options whose value is a filter graph.
    private static readonly HashSet<string> GraphOptions = new(StringComparer.Ordinal) { "-vf", "-af", "-filter_complex", "-lavfi", "-filter" };

    // Options FFmpeg must never be given from a config: they write files named by FFmpeg itself, or lift a safety check.
    private static readonly HashSet<string> RefusedOptions = new(StringComparer.Ordinal) { "-report", "-dump", "-benchmark_all", "-init_hw_device", "-filter_hw_device" };

    // Filters that load code, open sockets or run commands.
    private static readonly HashSet<string> RefusedFilters = new(StringComparer.OrdinalIgnoreCase) { "frei0r", "frei0r_src", "ladspa", "lv2", "zmq", "azmq", "sendcmd", "asendcmd", "ocr" };

    // Filter option names whose value is a file.
    private static readonly HashSet<string> FileFilterKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "filename", "f", "file", "textfile", "fontfile", "stats_file", "log_path", "result", "input", "logfile", "model",
        "filename_pattern", "path", "psnr_stats_file", "subtitles", "ass", "movie", "amovie", "lut3d", "lut1d", "lutfile", "fontsdir",
    };

    public string? InputProblem(string address, IReadOnlyList<string> options) =>
        IsLavfi(options) ? GraphProblem(address) : AddressProblem(address, inputAccess, output: false);

    public string? OutputProblem(string address)
    {
        // A tee list ("a|b" or "[f=mpegts]udp://…|[f=hls]…"): each part alone, without its option prefix.
        if (address.Contains('|') || address.StartsWith('['))
        {
            foreach (var part in address.Split('|'))
            {
                var end = part.StartsWith('[') ? part.IndexOf(']') : -1;
                var target = end > 0 ? part[(end + 1)..] : part;
                if (((end > 0 ? TeeOptionsProblem(part[1..end]) : null) ?? AddressProblem(target, outputAccess, output: true)) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        return AddressProblem(address, outputAccess, output: true);
    }

    /// <summary>Checks an options list; <paramref name="output"/> says whether file options there write.</summary>
    public string? OptionsProblem(IReadOnlyList<string> options, bool output)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var name = option.Split(':', 2)[0];
            if (RefusedOptions.Contains(name))
            {
                return $"the option '{option}' is not allowed";
            }

            if (name == "-safe" && i + 1 < options.Count && options[i + 1] != "1")
            {
                return "the option '-safe' must stay 1 (the concat demuxer would open any path)";
            }

            if (option.StartsWith("-/", StringComparison.Ordinal))
            {
                // FFmpeg 7 reads the value of "-/name" from the file it names.
                if (i + 1 < options.Count && AddressProblem(options[i + 1], inputAccess, output: false) is { } problem)
                {
                    return $"the option '{option}': {problem}";
                }

                i++;
                continue;
            }

            if (i + 1 >= options.Count)
            {
                continue;
            }

            var value = options[i + 1];
            if (RelativeNameOptions.Contains(name) && (value.Contains('/') || value.Contains('\\') || value.Contains("..", StringComparison.Ordinal) || Scheme(value) is not null))
            {
                return $"the value of '{option}' must be a file name without a path ('{value}')";
            }

            var valueProblem = FileOptions.Contains(name) ? AddressProblem(value, output ? outputAccess : inputAccess, output)
                : GraphOptions.Contains(name) ? GraphProblem(value)
                : null;
            if (valueProblem is not null)
            {
                return $"the value of '{option}': {valueProblem}";
            }
        }

        return null;
    }

    // "[f=hls:hls_segment_filename=/x/%d.ts:onfail=ignore]": the per-output options of a tee, which may name files too.
    private string? TeeOptionsProblem(string options)
    {
        foreach (var option in SplitUnquoted(options, ':'))
        {
            var equals = option.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = "-" + option[..equals];
            var value = Unquote(option[(equals + 1)..]);
            if (RelativeNameOptions.Contains(key) || FileOptions.Contains(key) || LooksLikePath(value))
            {
                if ((OptionsProblem([key, value], output: true) ?? (LooksLikePath(value) ? AddressProblem(value, outputAccess, output: true) : null)) is { } problem)
                {
                    return $"the tee option '{option}': {problem}";
                }
            }
        }

        return null;
    }

    private string? AddressProblem(string address, AccessRules access, bool output)
    {
        if (address.Length == 0)
        {
            return "empty address";
        }

        if (address == "-" || Regex.IsMatch(address, "^pipe:[012]?$"))
        {
            return null;
        }

        if (Scheme(address) is not { } scheme)
        {
            return paths.Problem(address);
        }

        var rest = address[(scheme.Length + 1)..];
        if (scheme.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            return paths.Problem(rest.StartsWith("//", StringComparison.Ordinal) ? rest[2..] : rest);
        }

        if (scheme.Equals("data", StringComparison.OrdinalIgnoreCase))
        {
            return output ? "the protocol 'data' cannot be written" : null;
        }

        if (scheme.Equals("concat", StringComparison.OrdinalIgnoreCase) || scheme.Equals("concatf", StringComparison.OrdinalIgnoreCase))
        {
            if (scheme.Equals("concatf", StringComparison.OrdinalIgnoreCase))
            {
                return "the protocol 'concatf' is not allowed (it reads addresses from a file)";
            }

            return rest.Split('|').Select(part => AddressProblem(part, access, output)).FirstOrDefault(p => p is not null);
        }

        if (scheme.Contains('+'))
        {
            // "crypto+file:…", "hls+http://…": the part after the plus is the inner address's protocol.
            var inner = scheme[(scheme.IndexOf('+') + 1)..] + ":" + rest;
            return WrapperSchemes.Contains(scheme[..scheme.IndexOf('+')]) ? AddressProblem(inner, access, output) : $"the protocol '{scheme}' is not allowed";
        }

        if (WrapperSchemes.Contains(scheme))
        {
            // "subfile,,start,N,end,M,:inner" and "cache:inner", "async:inner".
            var inner = scheme.Equals("subfile", StringComparison.OrdinalIgnoreCase) && rest.LastIndexOf(",:", StringComparison.Ordinal) is var at and >= 0 ? rest[(at + 2)..] : rest;
            return AddressProblem(inner, access, output);
        }

        if (NetworkSchemes.Contains(scheme))
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out _) && !address.Contains("://", StringComparison.Ordinal))
            {
                return $"'{address}' is not a valid URL";
            }

            return access.Problem(address);
        }

        return $"the protocol '{scheme}' is not allowed";
    }

    private string? GraphProblem(string graph)
    {
        foreach (var filter in SplitGraph(graph))
        {
            var equals = filter.IndexOf('=');
            var name = (equals < 0 ? filter : filter[..equals]).Trim();
            if (name.Contains('@'))
            {
                name = name[..name.IndexOf('@')];
            }

            if (RefusedFilters.Contains(name))
            {
                return $"the filter '{name}' is not allowed";
            }

            if (equals < 0)
            {
                continue;
            }

            var arguments = SplitUnquoted(filter[(equals + 1)..], ':');
            for (var i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                var keyEnd = argument.IndexOf('=');
                var key = keyEnd < 0 ? (i == 0 ? name : "") : argument[..keyEnd];
                var value = Unquote(keyEnd < 0 ? argument : argument[(keyEnd + 1)..]);
                if (FileFilterKeys.Contains(key) || LooksLikePath(value))
                {
                    if (AddressProblem(value, inputAccess, output: false) is { } problem)
                    {
                        return $"the filter '{name}': {problem}";
                    }
                }
            }
        }

        return null;
    }

    private static bool LooksLikePath(string value) =>
        value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
        || value.StartsWith('~') || value.Contains("/../", StringComparison.Ordinal) || Scheme(value) is "file";

    private static bool IsLavfi(IReadOnlyList<string> options)
    {
        for (var i = 0; i + 1 < options.Count; i++)
        {
            if (options[i] == "-f" && options[i + 1] == "lavfi")
            {
                return true;
            }
        }

        return false;
    }

    // A URL scheme: letters, digits, '+', '-', '.', starting with a letter, of at least two characters (so that
    // "C:" or a lavfi graph such as "testsrc=size=…" is not taken for one).
    private static string? Scheme(string address)
    {
        var colon = address.IndexOf(':');
        if (colon < 2)
        {
            return null;
        }

        var scheme = address[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
    }

    private static IEnumerable<string> SplitGraph(string graph) =>
        SplitUnquoted(graph, ',', ';').Select(filter => Regex.Replace(filter, @"^\s*(\[[^\]]*\]\s*)*|(\s*\[[^\]]*\])*\s*$", ""));

    private static List<string> SplitUnquoted(string text, params char[] separators)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(c).Append(text[++i]);
            }
            else if (c == '\'')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (!quoted && separators.Contains(c))
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Unquote(string value) => value.Replace("'", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal).Trim();
}
