namespace CoreApi.Processes;

/// <summary>Where in a config a value sits: decides which placeholders it may use (§8.2).</summary>
public enum PlaceholderScope
{
    GlobalOption,
    IoId,
    InputAddress,
    InputOption,
    OutputAddress,
    OutputOption,
    CleanupPattern,
}
