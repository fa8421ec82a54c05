namespace CoreApi.Processes;

/// <summary>The FFmpeg executable of <c>ffmpeg.binary</c>, resolved once against <c>PATH</c> (FFmpeg runs with an empty environment, so it cannot look itself up).</summary>
public sealed class FfmpegBinary
{
    public FfmpegBinary(string configured)
    {
        Configured = configured;
        Path = Resolve(configured);
    }

    public string Configured { get; }

    /// <summary>The absolute path, or <c>null</c> when no such executable exists.</summary>
    public string? Path { get; }

    private static string? Resolve(string name)
    {
        if (name.Contains('/'))
        {
            var full = System.IO.Path.GetFullPath(name);
            return File.Exists(full) ? full : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(System.IO.Path.PathSeparator))
        {
            var candidate = System.IO.Path.Combine(directory, name);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
