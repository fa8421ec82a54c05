using CoreApi.Application;
using CoreApi.Domain;

namespace CoreApi.Infrastructure.Persistence;

public sealed class SqliteMetadataStore(SqliteDatabase database) : IMetadataStore
{
    public IReadOnlyList<KeyValuePair<string, MetadataValue>> GetAll()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM metadata ORDER BY key";
        using var reader = command.ExecuteReader();
        var entries = new List<KeyValuePair<string, MetadataValue>>();
        while (reader.Read())
        {
            entries.Add(new(reader.GetString(0), MetadataValue.FromStored(reader.GetString(1))));
        }

        return entries;
    }

    public MetadataValue? Get(MetadataKey key)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM metadata WHERE key = $key";
        command.Parameters.AddWithValue("$key", key.Value);
        return command.ExecuteScalar() is string json ? MetadataValue.FromStored(json) : null;
    }

    public void Set(MetadataKey key, MetadataValue value)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO metadata (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key.Value);
        command.Parameters.AddWithValue("$value", value.Json);
        command.ExecuteNonQuery();
    }

    public void Delete(MetadataKey key)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM metadata WHERE key = $key";
        command.Parameters.AddWithValue("$key", key.Value);
        command.ExecuteNonQuery();
    }
}
