using System.Collections.Concurrent;
using CoreApi.Storage;

namespace CoreApi.Metadata;

/// <summary>
/// Metadata in the embedded database, mirrored in memory: reads never touch the disk (clients such as the
/// Restreamer UI read on every page), writes go to the database first and then to the mirror, so an answered
/// write is durable. One process owns the data directory.
/// </summary>
public sealed class SqliteMetadataStore : IMetadataStore
{
    private readonly SqliteDatabase database;
    private readonly ConcurrentDictionary<string, MetadataValue> values = new(StringComparer.Ordinal);
    private readonly Lock writes = new();
    private volatile KeyValuePair<string, MetadataValue>[]? sorted;

    public SqliteMetadataStore(SqliteDatabase database)
    {
        this.database = database;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM metadata";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values[reader.GetString(0)] = MetadataValue.FromStored(reader.GetString(1));
        }
    }

    public IReadOnlyList<KeyValuePair<string, MetadataValue>> GetAll() =>
        sorted ??= [.. values.OrderBy(pair => pair.Key, StringComparer.Ordinal)];

    public MetadataValue? Get(MetadataKey key) => values.GetValueOrDefault(key.Value);

    public void Set(MetadataKey key, MetadataValue value)
    {
        lock (writes)
        {
            Execute("INSERT INTO metadata (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key.Value, value.Json);
            values[key.Value] = value;
            sorted = null;
        }
    }

    public void Delete(MetadataKey key)
    {
        lock (writes)
        {
            Execute("DELETE FROM metadata WHERE key = $key", key.Value, null);
            values.TryRemove(key.Value, out _);
            sorted = null;
        }
    }

    private void Execute(string sql, string key, string? value)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        if (value is not null)
        {
            command.Parameters.AddWithValue("$value", value);
        }

        command.ExecuteNonQuery();
    }
}
