using System.Collections.Concurrent;
using System.Net;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>
/// Limits password guessing: failed logins are counted per user name and per client address over a sliding
/// window. Once a key reaches its limit, further attempts are refused at once (429) for an exponentially
/// growing back-off after its latest failure, never longer than the window. Unknown and known user names are
/// counted alike, so the throttle says nothing about which users exist.
/// </summary>
public sealed class LoginThrottle(IOptionsMonitor<CoreOptions> options, TimeProvider time)
{
    /// <summary>Keys kept at most; past it, keys whose failures have left the window are dropped first.</summary>
    public const int MaxTrackedKeys = 100_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when the attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(string? username, IPAddress? address)
    {
        var login = options.CurrentValue.Api.Auth.Login;
        var now = time.GetUtcNow();
        var byUser = username is null ? null : Blocked(UserKey(username), login.MaxFailuresPerUser, login, now);
        var byAddress = address is null ? null : Blocked(AddressKey(address), login.MaxFailuresPerAddress, login, now);
        return byUser > byAddress || byAddress is null ? byUser : byAddress;
    }

    public void RecordFailure(string? username, IPAddress? address)
    {
        var now = time.GetUtcNow();
        var window = Window(options.CurrentValue.Api.Auth.Login);
        if (failures.Count >= MaxTrackedKeys)
        {
            Prune(now, window);
        }

        if (username is not null)
        {
            failures.GetOrAdd(UserKey(username), _ => new Failures()).Add(now, window);
        }

        if (address is not null)
        {
            failures.GetOrAdd(AddressKey(address), _ => new Failures()).Add(now, window);
        }
    }

    /// <summary>A successful login clears the counts of its user and address.</summary>
    public void RecordSuccess(string username, IPAddress? address)
    {
        failures.TryRemove(UserKey(username), out _);
        if (address is not null)
        {
            failures.TryRemove(AddressKey(address), out _);
        }
    }

    private TimeSpan? Blocked(string key, int limit, LoginOptions login, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var record))
        {
            return null;
        }

        var (count, latest) = record.Within(now, Window(login));
        if (count < limit)
        {
            return null;
        }

        var backoff = TimeSpan.FromSeconds(Math.Min(login.FailureWindowSeconds, login.BackoffBaseSeconds * Math.Pow(2, count - limit)));
        var until = latest + backoff;
        return until > now ? until - now : null;
    }

    private void Prune(DateTimeOffset now, TimeSpan window)
    {
        foreach (var (key, record) in failures)
        {
            if (record.Within(now, window).Count == 0)
            {
                failures.TryRemove(key, out _);
            }
        }

        if (failures.Count >= MaxTrackedKeys)
        {
            // Still full of live keys (a spray of user names): keep the memory bound, drop the oldest half.
            foreach (var key in failures.OrderBy(pair => pair.Value.Latest).Take(failures.Count / 2).Select(pair => pair.Key).ToList())
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static TimeSpan Window(LoginOptions login) => TimeSpan.FromSeconds(login.FailureWindowSeconds);

    private static string UserKey(string username) => "u:" + username;

    // IPv6 clients usually own a whole /64; counting per address would let one client rotate through it.
    private static string AddressKey(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return "a:" + address;
    }

    /// <summary>The failure times of one key, newest last, at most <see cref="MaxKept"/> of them.</summary>
    private sealed class Failures
    {
        private const int MaxKept = 64;
        private readonly Queue<DateTimeOffset> times = new();

        public DateTimeOffset Latest { get; private set; }

        public void Add(DateTimeOffset now, TimeSpan window)
        {
            lock (times)
            {
                Trim(now, window);
                if (times.Count == MaxKept)
                {
                    times.Dequeue();
                }

                times.Enqueue(now);
                Latest = now;
            }
        }

        public (int Count, DateTimeOffset Latest) Within(DateTimeOffset now, TimeSpan window)
        {
            lock (times)
            {
                Trim(now, window);
                return (times.Count, Latest);
            }
        }

        private void Trim(DateTimeOffset now, TimeSpan window)
        {
            while (times.Count > 0 && times.Peek() <= now - window)
            {
                times.Dequeue();
            }
        }
    }
}
