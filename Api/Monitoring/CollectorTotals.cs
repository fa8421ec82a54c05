using System.Collections.Concurrent;

namespace CoreApi.Monitoring;

/// <summary>What a collector has counted since the server started: sessions and traffic, in all and per remote, local address and reference.</summary>
public sealed class CollectorTotals
{
    // Bounded: a flood of distinct client addresses must not grow the totals without end.
    private const int MaxKeys = 10_000;

    private readonly ConcurrentDictionary<string, Traffic> remote = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Traffic> local = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Traffic> reference = new(StringComparer.Ordinal);
    private readonly Traffic all = new();

    public void Started(string referenceName, string remoteAddress, string localAddress)
    {
        all.AddSession();
        Get(remote, remoteAddress)?.AddSession();
        Get(local, localAddress)?.AddSession();
        Get(reference, referenceName)?.AddSession();
    }

    public void Add(string referenceName, string remoteAddress, string localAddress, long bytes, bool received)
    {
        all.Add(bytes, received);
        Get(remote, remoteAddress)?.Add(bytes, received);
        Get(local, localAddress)?.Add(bytes, received);
        Get(reference, referenceName)?.Add(bytes, received);
    }

    public SessionTotalsDto ToDto() => new(Map(remote), Map(local), Map(reference), all.Sessions, all.RxMb, all.TxMb);

    private static Traffic? Get(ConcurrentDictionary<string, Traffic> map, string key) =>
        map.TryGetValue(key, out var traffic) ? traffic : map.Count < MaxKeys ? map.GetOrAdd(key, _ => new Traffic()) : null;

    private static IReadOnlyDictionary<string, SessionTrafficDto> Map(ConcurrentDictionary<string, Traffic> map) =>
        map.ToDictionary(p => p.Key, p => new SessionTrafficDto(p.Value.Sessions, p.Value.RxMb, p.Value.TxMb), StringComparer.Ordinal);

    private sealed class Traffic
    {
        private long sessions;
        private long rx;
        private long tx;

        public long Sessions => Interlocked.Read(ref sessions);

        public double RxMb => Math.Round(Interlocked.Read(ref rx) / 1024.0 / 1024, 3);

        public double TxMb => Math.Round(Interlocked.Read(ref tx) / 1024.0 / 1024, 3);

        public void AddSession() => Interlocked.Increment(ref sessions);

        public void Add(long bytes, bool received) => Interlocked.Add(ref received ? ref rx : ref tx, bytes);
    }
}
