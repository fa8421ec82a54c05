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
/// <para>
/// No lockout by strangers (OWASP's "device cookie" idea, keyed by the client address an API sees): an address that
/// logged in as a user within <c>api.auth.login.known_client_seconds</c> is a <i>known client</i> of that user. Its
/// attempts for that user are counted under the user <i>and</i> its own address together, not under the user alone, so
/// a flood of wrong passwords from anywhere else fills the user's count without touching it. Everyone else is counted
/// per user and per address as before: guessing from addresses that never logged in stays slowed and refused.
/// </para>
/// </summary>
public sealed class LoginThrottle(IOptionsMonitor<CoreOptions> options, TimeProvider time)
{
    /// <summary>Keys kept at most; past it, keys whose failures have left the window are dropped first.</summary>
    public const int MaxTrackedKeys = 100_000;

    /// <summary>Known (user, address) pairs kept at most; past it, the least recently used half is forgotten.</summary>
    public const int MaxKnownClients = 100_000;

    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> knownClients = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when the attempt may go ahead.</summary>
    public TimeSpan? RetryAfter(string? username, IPAddress? address)
    {
        var login = options.CurrentValue.Api.Auth.Login;
        var now = time.GetUtcNow();
        var client = ClientOf(address);
        var pair = PairKeyOrNull(username, client);
        var byUser = username is null ? null
            : IsKnownClient(pair, login, now) ? Blocked(pair!, login.MaxFailuresPerUser, login, now)
            : Blocked(UserKey(username), login.MaxFailuresPerUser, login, now);
        var byAddress = client is null ? null : Blocked(AddressKey(client), login.MaxFailuresPerAddress, login, now);
        return byUser > byAddress || byAddress is null ? byUser : byAddress;
    }

    public void RecordFailure(string? username, IPAddress? address)
    {
        var login = options.CurrentValue.Api.Auth.Login;
        var now = time.GetUtcNow();
        var window = Window(login);
        if (failures.Count >= MaxTrackedKeys)
        {
            Prune(now, window);
        }

        var client = ClientOf(address);
        if (username is not null)
        {
            var pair = PairKeyOrNull(username, client);
            var key = IsKnownClient(pair, login, now) ? pair! : UserKey(username);
            failures.GetOrAdd(key, _ => new Failures()).Add(now, window);
        }

        if (client is not null)
        {
            failures.GetOrAdd(AddressKey(client), _ => new Failures()).Add(now, window);
        }
    }

    /// <summary>
    /// A successful login clears the counts of its address (and of its own pair), and makes the address a known client
    /// of the user. The user's shared count is cleared only by a success from an address not known before: a known
    /// client logging in during a flood must not hand the guessers a fresh allowance.
    /// </summary>
    public void RecordSuccess(string username, IPAddress? address)
    {
        var login = options.CurrentValue.Api.Auth.Login;
        var now = time.GetUtcNow();
        var client = ClientOf(address);
        var pair = PairKeyOrNull(username, client);
        if (!IsKnownClient(pair, login, now))
        {
            failures.TryRemove(UserKey(username), out _);
        }

        if (client is null)
        {
            return;
        }

        failures.TryRemove(AddressKey(client), out _);
        failures.TryRemove(pair!, out _);
        if (login.KnownClientSeconds > 0)
        {
            if (knownClients.Count >= MaxKnownClients)
            {
                ForgetLeastRecentClients(now, login);
            }

            knownClients[pair!] = now;
        }
    }

    private bool IsKnownClient(string? pairKey, LoginOptions login, DateTimeOffset now) =>
        pairKey is not null && login.KnownClientSeconds > 0
        && knownClients.TryGetValue(pairKey, out var since) && now - since < TimeSpan.FromSeconds(login.KnownClientSeconds);

    private void ForgetLeastRecentClients(DateTimeOffset now, LoginOptions login)
    {
        var lifetime = TimeSpan.FromSeconds(login.KnownClientSeconds);
        foreach (var (key, since) in knownClients)
        {
            if (now - since >= lifetime)
            {
                knownClients.TryRemove(key, out _);
            }
        }

        if (knownClients.Count >= MaxKnownClients)
        {
            foreach (var key in knownClients.OrderBy(pair => pair.Value).Take(knownClients.Count / 2).Select(pair => pair.Key).ToList())
            {
                knownClients.TryRemove(key, out _);
            }
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

    // The address, then "|": no address contains "|", so no user name can make two pairs collide.
    private static string? PairKeyOrNull(string? username, string? client) =>
        username is null || client is null ? null : "p:" + client + "|" + username;

    private static string AddressKey(string client) => "a:" + client;

    // Normalised once per call: the address and the pair key are both made from it.
    private static string? ClientOf(IPAddress? address) => address is null ? null : Normalized(address);

    // IPv6 clients usually own a whole /64; counting per address would let one client rotate through it.
    private static string Normalized(IPAddress address)
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

        return address.ToString();
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
