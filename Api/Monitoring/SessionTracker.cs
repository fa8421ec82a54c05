using System.Collections.Concurrent;
using System.Net;
using CoreApi.Filesystems;
using CoreApi.Hosting;
using CoreApi.Web;
using Microsoft.Extensions.Options;

namespace CoreApi.Monitoring;

/// <summary>
/// Sessions of the in-memory filesystem (CONTRACT-CORE §12): a player (<c>hls</c>) is one client address reading
/// one playlist, its reference the playlist's name without <c>.m3u8</c> (the Restreamer UI's channel id); the
/// segments it then reads (names starting with that reference) count for it. A writer (<c>hlsingress</c>, FFmpeg
/// filling a stream) likewise. Clients in <c>sessions.ip_ignorelist</c> (loopback by default) are never counted.
/// A session ends after <c>sessions.session_timeout_sec</c> without a request. Bandwidth is over the last 10 s.
/// </summary>
public sealed class SessionTracker(IOptions<CoreOptions> options, TimeProvider time) : IMemfsAccessObserver
{
    private const int WindowSeconds = 10;

    // By collector and client first: a segment request looks only at its own client's sessions, however many players there are.
    private readonly ConcurrentDictionary<(string Collector, string Remote), ConcurrentDictionary<string, TrackedSession>> active = new();
    private readonly ConcurrentDictionary<string, CollectorTotals> totals = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<IPNetwork> ignored = AddressList.Parse(options.Value.Sessions.IpIgnorelist.Count > 0 ? options.Value.Sessions.IpIgnorelist : ["127.0.0.1/32", "::1/128"]);

    public bool Enabled => options.Value.Sessions.Enable;

    public void Accessed(IPAddress? remote, string local, string path, long bytes, bool written) => Record(remote, local, path, bytes, ingress: written);

    /// <summary>A read (<paramref name="ingress"/> false) or write of <paramref name="bytes"/> of <paramref name="path"/> on <c>/memfs</c>.</summary>
    public void Record(IPAddress? remote, string local, string path, long bytes, bool ingress)
    {
        if (!Enabled || remote is null || AddressList.Contains(ignored, remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return;
        }

        var collector = ingress ? SessionCollectors.HlsIngress : SessionCollectors.Hls;
        var name = Path.GetFileName(path);
        var client = remote.ToString();
        var now = time.GetUtcNow();
        TrackedSession? session;
        if (name.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase))
        {
            var reference = name[..^".m3u8".Length];
            var sessions = active.GetOrAdd((collector, client), _ => new ConcurrentDictionary<string, TrackedSession>(StringComparer.Ordinal));
            session = sessions.GetOrAdd(reference, _ => New(collector, client, reference, local, now));
        }
        else
        {
            // A segment belongs to the client's session whose reference its name starts with ("<id>_0001.ts").
            session = active.TryGetValue((collector, client), out var sessions)
                ? sessions.Where(s => name.StartsWith(s.Key, StringComparison.Ordinal)).Select(s => s.Value).FirstOrDefault()
                : null;
        }

        if (session is null)
        {
            return;
        }

        session.Add(now, bytes, ingress);
        var collectorTotals = totals.GetOrAdd(collector, _ => new CollectorTotals());
        collectorTotals.Add(session.Reference, client, local, bytes, ingress);
    }

    public IReadOnlyList<SessionDto> Active(string collector)
    {
        Expire();
        return [.. active.Where(s => s.Key.Collector == collector).SelectMany(s => s.Value.Values).Select(s => s.ToDto(time.GetUtcNow(), WindowSeconds)).OrderBy(s => s.CreatedAt)];
    }

    public SessionSummaryDto Summary(string collector)
    {
        var list = Active(collector);
        var limits = options.Value.Sessions;
        var collectorTotals = totals.GetValueOrDefault(collector) ?? new CollectorTotals();
        return new SessionSummaryDto(
            new SessionActiveDto(list, list.Count, list.Sum(s => s.BandwidthRxKbit) / 1024, list.Sum(s => s.BandwidthTxKbit) / 1024, limits.MaxSessions, 0, limits.MaxBitrateMbit),
            collectorTotals.ToDto());
    }

    private TrackedSession New(string collector, string remote, string reference, string local, DateTimeOffset now)
    {
        totals.GetOrAdd(collector, _ => new CollectorTotals()).Started(reference, remote, local);
        return new TrackedSession(Guid.NewGuid().ToString("N"), reference, remote, local, now);
    }

    private void Expire()
    {
        var timeout = TimeSpan.FromSeconds(options.Value.Sessions.SessionTimeoutSec);
        var now = time.GetUtcNow();
        foreach (var (client, sessions) in active)
        {
            foreach (var (reference, session) in sessions)
            {
                if (now - session.LastSeen > timeout)
                {
                    sessions.TryRemove(reference, out _);
                }
            }

            if (sessions.IsEmpty)
            {
                active.TryRemove(client, out _);
            }
        }
    }
}
