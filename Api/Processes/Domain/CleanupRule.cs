namespace CoreApi.Processes;

/// <summary>Which files an output leaves behind are kept (§8.5).</summary>
public sealed record CleanupRule(string Pattern, uint MaxFiles, uint MaxFileAgeSeconds, bool PurgeOnDelete);
