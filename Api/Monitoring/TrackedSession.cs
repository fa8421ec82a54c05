namespace CoreApi.Monitoring;

/// <summary>One session's counters: bytes in and out in all, and per second over the last minute for the bandwidth.</summary>
public sealed class TrackedSession(string id, string reference, string remote, string local, DateTimeOffset created)
{
    private const int Seconds = 60;

    private readonly Lock gate = new();
    private readonly (long Second, long Rx, long Tx)[] buckets = new (long, long, long)[Seconds];
    private long bytesRx;
    private long bytesTx;
    private readonly DateTimeOffset createdAt = created;
    private DateTimeOffset lastSeen = created;

    public string Reference => reference;

    public DateTimeOffset LastSeen
    {
        get
        {
            lock (gate)
            {
                return lastSeen;
            }
        }
    }

    public void Add(DateTimeOffset now, long bytes, bool received)
    {
        lock (gate)
        {
            lastSeen = now;
            var second = now.ToUnixTimeSeconds();
            ref var bucket = ref buckets[second % Seconds];
            if (bucket.Second != second)
            {
                bucket = (second, 0, 0);
            }

            if (received)
            {
                bucket.Rx += bytes;
                bytesRx += bytes;
            }
            else
            {
                bucket.Tx += bytes;
                bytesTx += bytes;
            }
        }
    }

    public SessionDto ToDto(DateTimeOffset now, int windowSeconds)
    {
        lock (gate)
        {
            var from = now.ToUnixTimeSeconds() - windowSeconds;
            long rx = 0, tx = 0;
            foreach (var bucket in buckets)
            {
                if (bucket.Second > from)
                {
                    rx += bucket.Rx;
                    tx += bucket.Tx;
                }
            }

            return new SessionDto(
                id, reference, createdAt.ToUnixTimeSeconds(), local, remote, "", bytesRx, bytesTx,
                Math.Round(rx * 8.0 / 1024 / windowSeconds, 3),
                Math.Round(tx * 8.0 / 1024 / windowSeconds, 3));
        }
    }
}
