using System.Collections.Concurrent;
using System.Net;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Auth;

/// <summary>
/// Counts refused logins per user, method and client address, and writes them as one audit line each per
/// <c>api.auth.login.refusal_log_seconds</c> (<see cref="AuditLog.LoginsRefused"/>): under a 1,000-connection flood of
/// wrong passwords the server wrote ~3,000 lines a second, one per attempt. Successful logins, logouts and revocations
/// are still logged one by one. At most <see cref="MaxKeys"/> keys are counted per interval; refusals beyond them are
/// counted under one key for "any other" user and address, so a spray of addresses cannot grow memory or the log.
/// </summary>
public sealed class LoginRefusalLog(AuditLog audit, IUserDirectory users, TimeProvider time, IOptionsMonitor<CoreOptions> options)
    : BackgroundService
{
    public const int MaxKeys = 10_000;
    private const string Nobody = "-";

    private readonly ConcurrentDictionary<Key, Counts> counts = new();
    private DateTimeOffset since = time.GetUtcNow();

    public void Record(LoginRefusal refusal, string? username, string method, IPAddress? address, string reason)
    {
        // A user name that does not exist is often a mistyped password: never written to the log.
        var subject = username is not null && users.RoleOf(username) is not null ? username : Nobody;
        var key = new Key(subject, method, address?.ToString() ?? Nobody);
        if (!counts.TryGetValue(key, out var entry))
        {
            entry = counts.Count < MaxKeys ? counts.GetOrAdd(key, _ => new Counts()) : counts.GetOrAdd(new Key("*", method, "*"), _ => new Counts());
        }

        entry.Add(refusal, reason);
    }

    /// <summary>
    /// Writes and resets what was counted since the last flush. Each key's counts are taken and zeroed atomically, so a
    /// refusal counted meanwhile goes to the next line; a key quiet for a whole interval is forgotten.
    /// </summary>
    public void Flush()
    {
        var now = time.GetUtcNow();
        var seconds = (int)Math.Max(1, Math.Round((now - since).TotalSeconds));
        since = now;
        foreach (var (key, entry) in counts.OrderBy(pair => pair.Key.Address, StringComparer.Ordinal))
        {
            var (failed, throttled, reason) = entry.Take();
            if (failed + throttled == 0)
            {
                counts.TryRemove(key, out _);
                continue;
            }

            audit.LoginsRefused(failed + throttled, seconds, failed, throttled, reason, key.Subject, key.Method, key.Address);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Login.RefusalLogSeconds), time, stoppingToken);
                Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Flush(); // what the last interval counted is not lost at shutdown
    }

    private readonly record struct Key(string Subject, string Method, string Address);

    private sealed class Counts
    {
        private int failed;
        private int throttled;
        private volatile string reason = "";

        public void Add(LoginRefusal refusal, string why)
        {
            if (refusal == LoginRefusal.Throttled)
            {
                Interlocked.Increment(ref throttled);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }

            reason = why;
        }

        public (int Failed, int Throttled, string Reason) Take() => (Interlocked.Exchange(ref failed, 0), Interlocked.Exchange(ref throttled, 0), reason);
    }
}
