using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>ffmpeg.log</c>: how much of each process's FFmpeg output is kept.</summary>
public sealed class FfmpegLogOptions
{
    /// <summary>Log lines kept of the current run.</summary>
    [ConfigurationKeyName("max_lines")]
    public int MaxLines { get; set; } = 50;

    /// <summary>Earlier runs kept in the report.</summary>
    [ConfigurationKeyName("max_history")]
    public int MaxHistory { get; set; } = 3;
}
