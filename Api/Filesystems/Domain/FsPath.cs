namespace CoreApi.Filesystems;

/// <summary>
/// A file path inside a filesystem: absolute (<c>/a/b.ts</c>), segments separated by <c>/</c>. Where datarhei cleans
/// a path (so <c>..</c> merely stops at the root), we refuse every way of naming something outside or something
/// other than a plain path: <c>.</c> and <c>..</c> segments (also percent-encoded, which the server decodes before we
/// see them), backslashes, NUL and other control characters, empty segments.
/// </summary>
public static class FsPath
{
    public const int MaxLength = 4096;

    /// <summary>The clean path (with a leading <c>/</c>), or <c>null</c> and the reason.</summary>
    public static string? Normalize(string? raw, out string? problem)
    {
        problem = null;
        var path = "/" + (raw ?? "").TrimStart('/');
        if (path.Length > MaxLength)
        {
            problem = $"the path is longer than {MaxLength} characters";
            return null;
        }

        foreach (var c in path)
        {
            if (c == '\\' || char.IsControl(c))
            {
                problem = "the path contains a backslash or a control character";
                return null;
            }
        }

        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or "..")
            {
                problem = "the path contains '.' or '..'";
                return null;
            }

            if (segment.Length == 0 && i < segments.Length - 1)
            {
                problem = "the path contains an empty segment";
                return null;
            }
        }

        return path;
    }
}
