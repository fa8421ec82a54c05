using System.Collections.Concurrent;
using CoreApi.Storage;

namespace CoreApi.Auth;

/// <summary>
/// Revocations in the embedded database, so they survive a restart, mirrored in memory so that checking a token
/// costs one dictionary look-up (none at all while nothing is revoked). Expired entries are dropped from both.
/// </summary>
public sealed class SqliteTokenRevocations : ITokenRevocations
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS revoked_tokens (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS refresh_families (jti TEXT PRIMARY KEY, family TEXT NOT NULL, expires_at INTEGER NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS refresh_used (jti TEXT PRIMARY KEY, used_at INTEGER NOT NULL, expires_at INTEGER NOT NULL) STRICT;
        """;

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, long> revoked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Family, long ExpiresAt)> families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long UsedAt, long ExpiresAt)> used = new(StringComparer.Ordinal);
    private long lastPrune;
    private volatile bool anyRevoked;

    public SqliteTokenRevocations(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        Execute(Schema);
        Load();
    }

    // ConcurrentDictionary.IsEmpty takes every lock of an empty dictionary; on the hot path a flag answers
    // "nothing revoked" without taking any lock.
    public bool IsRevoked(string jti) =>
        anyRevoked && (revoked.ContainsKey(jti) || (families.TryGetValue(jti, out var link) && revoked.ContainsKey(link.Family)));

    public string FamilyOf(string jti) => families.TryGetValue(jti, out var link) ? link.Family : jti;

    public DateTimeOffset? FamilyExpiry(string family) =>
        families.TryGetValue(family, out var link) ? DateTimeOffset.FromUnixTimeSeconds(link.ExpiresAt) : null;

    public void Revoke(string jti, DateTimeOffset expiresAt)
    {
        var expires = expiresAt.ToUnixTimeSeconds();
        Execute("INSERT INTO revoked_tokens (id, expires_at) VALUES ($a, $b) ON CONFLICT (id) DO NOTHING", jti, expires);
        revoked[jti] = expires;
        anyRevoked = true;
        PruneExpired();
    }

    public void AddToFamily(string jti, string family, DateTimeOffset familyExpiresAt)
    {
        var expires = familyExpiresAt.ToUnixTimeSeconds();
        Execute("INSERT INTO refresh_families (jti, family, expires_at) VALUES ($a, $b, $c) ON CONFLICT (jti) DO NOTHING", jti, family, expires);
        Execute("INSERT INTO refresh_families (jti, family, expires_at) VALUES ($a, $a, $c) ON CONFLICT (jti) DO NOTHING", family, family, expires);
        families.TryAdd(jti, (family, expires));
        families.TryAdd(family, (family, expires));
        PruneExpired();
    }

    public DateTimeOffset MarkUsed(string jti, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var entry = used.GetOrAdd(jti, _ =>
        {
            Execute("INSERT INTO refresh_used (jti, used_at, expires_at) VALUES ($a, $b, $c) ON CONFLICT (jti) DO NOTHING",
                jti, now.ToUnixTimeSeconds(), expiresAt.ToUnixTimeSeconds());
            return (now.ToUnixTimeSeconds(), expiresAt.ToUnixTimeSeconds());
        });
        PruneExpired();
        return DateTimeOffset.FromUnixTimeSeconds(entry.UsedAt);
    }

    private void Load()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        Execute("DELETE FROM revoked_tokens WHERE expires_at < $a; DELETE FROM refresh_families WHERE expires_at < $a; DELETE FROM refresh_used WHERE expires_at < $a", now);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, expires_at FROM revoked_tokens; SELECT jti, family, expires_at FROM refresh_families; SELECT jti, used_at, expires_at FROM refresh_used";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            revoked[reader.GetString(0)] = reader.GetInt64(1);
            anyRevoked = true;
        }

        reader.NextResult();
        while (reader.Read())
        {
            families[reader.GetString(0)] = (reader.GetString(1), reader.GetInt64(2));
        }

        reader.NextResult();
        while (reader.Read())
        {
            used[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }
    }

    // Keeps memory bounded by the tokens that could still be presented: at most once a minute, entries whose
    // tokens have expired leave memory and the database.
    private void PruneExpired()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (now - Interlocked.Read(ref lastPrune) < 60)
        {
            return;
        }

        Interlocked.Exchange(ref lastPrune, now);
        Prune(revoked, entry => entry, now);
        anyRevoked = !revoked.IsEmpty;
        Prune(families, entry => entry.ExpiresAt, now);
        Prune(used, entry => entry.ExpiresAt, now);
        Execute("DELETE FROM revoked_tokens WHERE expires_at < $a; DELETE FROM refresh_families WHERE expires_at < $a; DELETE FROM refresh_used WHERE expires_at < $a", now);
    }

    private static void Prune<T>(ConcurrentDictionary<string, T> entries, Func<T, long> expiresAt, long now)
    {
        foreach (var (id, entry) in entries)
        {
            if (expiresAt(entry) < now)
            {
                entries.TryRemove(id, out _);
            }
        }
    }

    private void Execute(string sql, params object[] values)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), values[i]);
        }

        command.ExecuteNonQuery();
    }
}
