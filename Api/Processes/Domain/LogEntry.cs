namespace CoreApi.Processes;

/// <summary>A line of FFmpeg's output and when it arrived (Unix seconds).</summary>
public readonly record struct LogEntry(long Time, string Line);
