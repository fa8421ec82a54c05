namespace CoreApi.Processes;

/// <summary>
/// The totals of a run from its status lines, and <c>fps</c> and <c>bitrate_kbit</c> as averages over the last
/// 30 seconds (§5). Not thread-safe: its owner serialises access.
/// </summary>
public sealed class ProgressTracker
{
    private const double WindowSeconds = 30;

    private readonly Queue<(double At, ulong Frame, ulong SizeKb)> samples = new();

    public ulong Frame { get; private set; }

    public double Q { get; private set; }

    public ulong SizeKb { get; private set; }

    public double Time { get; private set; }

    public double Speed { get; private set; }

    public ulong Drop { get; private set; }

    public ulong Dup { get; private set; }

    public double Fps { get; private set; }

    public double BitrateKbit { get; private set; }

    /// <summary>When the frame count last grew (seconds on the caller's clock); for the stale timeout.</summary>
    public double? LastFrameAt { get; private set; }

    public void Update(ProgressLine line, double now)
    {
        if (line.Frame is { } frame)
        {
            if (frame > Frame)
            {
                LastFrameAt = now;
            }

            Frame = frame;
        }

        Q = line.Q ?? Q;
        SizeKb = line.SizeKb ?? SizeKb;
        Time = line.Time ?? Time;
        Speed = line.Speed ?? Speed;
        Drop = line.Drop ?? Drop;
        Dup = line.Dup ?? Dup;

        samples.Enqueue((now, Frame, SizeKb));
        while (samples.Count > 1 && now - samples.Peek().At > WindowSeconds)
        {
            samples.Dequeue();
        }

        var (at, oldFrame, oldSize) = samples.Peek();
        var elapsed = now - at;
        if (elapsed >= 0.5)
        {
            Fps = (Frame - Math.Min(oldFrame, Frame)) / elapsed;
            BitrateKbit = (SizeKb - Math.Min(oldSize, SizeKb)) * 1024.0 * 8 / 1024 / elapsed;
        }
    }
}
