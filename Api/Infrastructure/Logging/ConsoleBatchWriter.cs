namespace CoreApi.Infrastructure.Logging;

/// <summary>
/// Writes formatted log lines to standard output and error from a thread of its own, a batch at a time. A line waits
/// at most <see cref="FlushInterval"/>: the first line after a quiet spell wakes the thread, which then gives later
/// lines that long to join before it writes them all and flushes once. Under load that is one wake-up and one
/// <c>write</c> call per batch instead of per line. The queue is bounded as the framework's console logger bounds it
/// (<c>MaxQueueLength</c>; when it is full, loggers wait or the line is dropped and counted, <c>QueueFullMode</c>), and
/// a full queue is written at once. Disposing writes what is queued; a line logged after that is written at once.
/// </summary>
public sealed class ConsoleBatchWriter : IDisposable
{
    /// <summary>How long a line may wait for others before it is written (docs/configuration.md, fixed limits).</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(2);

    private readonly Queue<Line> queue = new();
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly TimeSpan interval;
    private readonly Thread thread;
    private bool writerIdle, stopping;
    private int capacity = int.MaxValue;
    private long dropped;

    public ConsoleBatchWriter(TextWriter output, TextWriter error, TimeSpan interval)
    {
        (this.output, this.error, this.interval) = (output, error, interval);
        thread = new Thread(Run) { IsBackground = true, Name = "Console log writer" };
        thread.Start();
    }

    /// <summary>Queues <paramref name="text"/> (one or more whole lines) for standard output, or error.</summary>
    public void Enqueue(string text, bool toError, int maxQueued, bool dropWhenFull)
    {
        lock (queue)
        {
            if (stopping)
            {
                // Disposed (the host is stopping): written at once, as the framework's console logger does then.
                Write([new Line(text, toError)]);
                return;
            }

            capacity = Math.Max(1, maxQueued);
            while (queue.Count >= capacity && !stopping)
            {
                if (dropWhenFull)
                {
                    dropped++;
                    return;
                }

                Monitor.PulseAll(queue); // the writer writes a full queue without waiting out the interval
                Monitor.Wait(queue);
            }

            queue.Enqueue(new Line(text, toError));
            if (writerIdle || queue.Count >= capacity)
            {
                Monitor.PulseAll(queue);
            }
        }
    }

    public void Dispose()
    {
        lock (queue)
        {
            stopping = true;
            Monitor.PulseAll(queue);
        }

        thread.Join(DisposeTimeout);
    }

    private void Run()
    {
        var batch = new List<Line>();
        while (Take(batch))
        {
            Write(batch);
            batch.Clear();
        }
    }

    // Waits for a first line, then for the interval (or a full queue, or the end), and takes everything queued.
    private bool Take(List<Line> batch)
    {
        lock (queue)
        {
            while (queue.Count == 0 && !stopping)
            {
                writerIdle = true;
                Monitor.Wait(queue);
                writerIdle = false;
            }

            var deadline = DateTime.UtcNow + interval;
            while (!stopping && queue.Count > 0 && queue.Count < capacity && deadline - DateTime.UtcNow is { Ticks: > 0 } left)
            {
                Monitor.Wait(queue, left);
            }

            if (queue.Count == 0)
            {
                return false; // stopping, and nothing left to write
            }

            batch.AddRange(queue);
            queue.Clear();
            if (dropped > 0)
            {
                batch.Add(new Line($"{dropped} log line(s) dropped: the console log queue was full (Logging:Console:MaxQueueLength).{Environment.NewLine}", true));
                dropped = 0;
            }

            Monitor.PulseAll(queue); // loggers waiting for room
            return true;
        }
    }

    private void Write(List<Line> batch)
    {
        // The writer's batches and lines logged after disposal never write at the same time.
        lock (output)
        {
            WriteUnlocked(batch);
        }
    }

    private void WriteUnlocked(List<Line> batch)
    {
        try
        {
            foreach (var line in batch)
            {
                (line.ToError ? error : output).Write(line.Text);
            }

            output.Flush();
            error.Flush();
        }
        catch (Exception)
        {
            // A closed or failing console loses its lines; the server goes on (an exception here would end the process).
        }
    }

    private readonly record struct Line(string Text, bool ToError);
}
