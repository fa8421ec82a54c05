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

    private readonly ConcurrentDictionary<(string Collector, string Remote, string Reference), TrackedSession> active = new();
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
            session = active.GetOrAdd((collector, client, reference), key => New(key.Collector, key.Remote, key.Reference, local, now));
        }
        else
        {
            // A segment belongs to the client's session whose reference its name starts with ("<id>_0001.ts").
            session = active.Where(s => s.Key.Collector == collector && s.Key.Remote == client && name.StartsWith(s.Key.Reference, StringComparison.Ordinal))
                .Select(s => s.Value).FirstOrDefault();
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
        return [.. active.Where(s => s.Key.Collector == collector).Select(s => s.Value.ToDto(time.GetUtcNow(), WindowSeconds)).OrderBy(s => s.CreatedAt)];
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
        foreach (var (key, session) in active)
        {
            if (now - session.LastSeen > timeout)
            {
                active.TryRemove(key, out _);
            }
        }
    }
}
