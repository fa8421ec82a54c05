namespace CoreApi.Processes;

/// <summary>One line of FFmpeg's stderr.</summary>
public static class FfmpegLine
{
    /// <summary>
    /// The line without the <c>[level] </c> prefix that <c>-loglevel level+…</c> puts before every line (the Restreamer
    /// UI asks for it; datarhei then sees no progress at all, §5).
    /// </summary>
    public static ReadOnlySpan<char> WithoutLevel(ReadOnlySpan<char> line)
    {
        if (line.Length > 2 && line[0] == '[')
        {
            var end = line.IndexOf("] ");
            if (end > 1 && IsLevel(line[1..end]))
            {
                return line[(end + 2)..];
            }
        }

        return line;
    }

    /// <summary>Whether the line is a status line (<c>frame=…</c>), after any level prefix.</summary>
    public static bool IsProgress(ReadOnlySpan<char> line) => WithoutLevel(line).StartsWith("frame=", StringComparison.Ordinal);

    private static bool IsLevel(ReadOnlySpan<char> name) =>
        name is "quiet" or "panic" or "fatal" or "error" or "warning" or "info" or "verbose" or "debug" or "trace";
}
