namespace CoreApi.Processes;

/// <summary>
/// The output of one run of FFmpeg (§6): the prelude (the lines before the first status line: the first 100, then a
/// <c>... truncated N lines ...</c> line and the last 50) and the last <c>ffmpeg.log.max_lines</c> other lines. Status
/// lines never enter either. Not thread-safe: its owner serialises access.
/// </summary>
public sealed class RunReport(long createdAt, int maxLines)
{
    public const int PreludeHead = 100;
    public const int PreludeTail = 50;

    private readonly List<string> preludeHead = [];
    private readonly Queue<string> preludeTail = new();
    private readonly Queue<LogEntry> log = new();
    private int truncated;

    public long CreatedAt { get; } = createdAt;

    /// <summary>Whether a status line has been seen: the prelude is complete.</summary>
    public bool PreludeComplete { get; private set; }

    public string LastLine { get; private set; } = "";

    public bool HasPrelude => preludeHead.Count > 0;

    public void Add(long time, string line)
    {
        if (!PreludeComplete)
        {
            if (preludeHead.Count < PreludeHead)
            {
                preludeHead.Add(line);
            }
            else
            {
                preludeTail.Enqueue(line);
                if (preludeTail.Count > PreludeTail)
                {
                    preludeTail.Dequeue();
                    truncated++;
                }
            }
        }

        log.Enqueue(new LogEntry(time, line));
        if (log.Count > maxLines)
        {
            log.Dequeue();
        }

        LastLine = line;
    }

    /// <summary>The first status line arrived.</summary>
    public void CompletePrelude() => PreludeComplete = true;

    public IReadOnlyList<string> Prelude()
    {
        var lines = new List<string>(preludeHead);
        if (truncated > 0)
        {
            lines.Add($"... truncated {truncated} lines ...");
        }

        lines.AddRange(preludeTail);
        return lines;
    }

    public IReadOnlyList<LogEntry> Log() => [.. log];
}
