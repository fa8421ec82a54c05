namespace CoreApi.Processes;

/// <summary>
/// Whether a local path FFmpeg would open lies inside the disk filesystem's directory, decided on the resolved path
/// (relative paths against the server's working directory, <c>..</c> collapsed, symbolic links followed as far as the
/// path exists), not on a string prefix: datarhei lets <c>/x/data-outside/f</c> pass for the directory <c>/x/data</c>.
/// The only device allowed is <c>/dev/null</c>.
/// </summary>
public sealed class LocalPathRule(string diskDirectory, string workingDirectory)
{
    private readonly string root = Resolve(Path.GetFullPath(diskDirectory));

    public string Root => root;

    /// <summary>Why <paramref name="path"/> may not be used, or <c>null</c>.</summary>
    public string? Problem(string path)
    {
        if (path.Length == 0)
        {
            return "empty path";
        }

        if (path.Contains('\0'))
        {
            return "the path contains a NUL character";
        }

        var full = Path.GetFullPath(path, workingDirectory);
        if (full == "/dev/null")
        {
            return null;
        }

        var resolved = Resolve(full);
        return resolved == root || resolved.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal)
            ? null
            : $"{full} is not inside of {root}";
    }

    // Follows symbolic links of the longest part of the path that exists, then appends the rest.
    private static string Resolve(string full)
    {
        var existing = full;
        var rest = new Stack<string>();
        while (!Path.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            rest.Push(Path.GetFileName(existing));
            existing = parent;
        }

        var resolved = Path.Exists(existing) ? RealPath(existing) : existing;
        while (rest.Count > 0)
        {
            resolved = Path.Combine(resolved, rest.Pop());
        }

        return resolved;
    }

    private static string RealPath(string path)
    {
        // Resolve each component so that a link anywhere in the path (not only the last) is followed.
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = "/";
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                next = Path.GetFullPath(target.FullName);
            }

            current = next;
        }

        return current;
    }
}
