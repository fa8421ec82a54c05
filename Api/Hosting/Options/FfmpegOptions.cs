using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>ffmpeg</c>: the FFmpeg binary the process engine runs, and its limits.</summary>
public sealed class FfmpegOptions
{
    /// <summary>The executable: a path, or a name looked up on <c>PATH</c>.</summary>
    public string Binary { get; set; } = "ffmpeg";

    /// <summary>Most processes whose order is <c>start</c> at once; 0 = unlimited.</summary>
    [ConfigurationKeyName("max_processes")]
    public long MaxProcesses { get; set; }

    public FfmpegAccessOptions Access { get; set; } = new();

    public FfmpegLogOptions Log { get; set; } = new();

    public FfmpegLimitOptions Limits { get; set; } = new();
}
