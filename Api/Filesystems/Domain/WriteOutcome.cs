namespace CoreApi.Filesystems;

/// <summary>What a write did: created a new file or replaced one (201 or 204), or why it failed (400 with the reason).</summary>
public sealed record WriteOutcome(bool Created, string? Problem)
{
    public const string TooBig = "File is too big";
    public const string NoSpace = "not enough space on device";

    public static WriteOutcome Failed(string problem) => new(false, problem);
}
