using System.Text.Json;
using CoreApi.Storage;
using Microsoft.Data.Sqlite;

namespace CoreApi.Processes;

/// <summary>Processes in the embedded database: every change is written (synchronously, durable) before it is answered.</summary>
public sealed class SqliteProcessStore(SqliteDatabase database) : IProcessStore
{
    private static readonly Hosting.FfmpegLimitOptions StoredLimits = new() { MaxInputs = int.MaxValue, MaxOutputs = int.MaxValue, MaxOptions = int.MaxValue };

    public IReadOnlyList<StoredProcess> LoadAll()
    {
        using var connection = database.Open();
        var metadata = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT process_id, key, value FROM process_metadata";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!metadata.TryGetValue(id, out var values))
                {
                    metadata[id] = values = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                values[reader.GetString(1)] = reader.GetString(2);
            }
        }

        var processes = new List<StoredProcess>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, config, created_at, updated_at, process_order FROM processes";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // Stored configs were accepted under the limits of their day; lower limits set since do not drop them.
                var (config, _) = ProcessConfigReader.Read(System.Text.Json.Nodes.JsonNode.Parse(reader.GetString(1)), StoredLimits);
                if (config is null)
                {
                    continue;
                }

                var id = reader.GetString(0);
                processes.Add(new StoredProcess(
                    config,
                    reader.GetInt64(2),
                    reader.GetInt64(3),
                    reader.GetString(4) == "start" ? ProcessOrder.Start : ProcessOrder.Stop,
                    metadata.GetValueOrDefault(id) ?? []));
            }
        }

        return processes;
    }

    public void Save(ProcessConfig config, long createdAt, long updatedAt, ProcessOrder order, string? previousId = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (previousId is not null && previousId != config.Id)
        {
            Execute(connection, "DELETE FROM processes WHERE id = $previous", ("$previous", previousId));
            Execute(connection, "UPDATE process_metadata SET process_id = $id WHERE process_id = $previous", ("$id", config.Id), ("$previous", previousId));
        }

        Execute(
            connection,
            "INSERT INTO processes (id, config, created_at, updated_at, process_order) VALUES ($id, $config, $created, $updated, $order) "
            + "ON CONFLICT (id) DO UPDATE SET config = excluded.config, created_at = excluded.created_at, updated_at = excluded.updated_at, process_order = excluded.process_order",
            ("$id", config.Id),
            ("$config", JsonSerializer.Serialize(ProcessConfigReader.ToDto(config), ProcessJson.Wire.ProcessConfigDto)),
            ("$created", createdAt),
            ("$updated", updatedAt),
            ("$order", Name(order)));
        transaction.Commit();
    }

    public void SaveOrder(string id, ProcessOrder order)
    {
        using var connection = database.Open();
        Execute(connection, "UPDATE processes SET process_order = $order WHERE id = $id", ("$id", id), ("$order", Name(order)));
    }

    public void Delete(string id)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM processes WHERE id = $id", ("$id", id));
        Execute(connection, "DELETE FROM process_metadata WHERE process_id = $id", ("$id", id));
        transaction.Commit();
    }

    public void SaveMetadata(string id, string key, string? json)
    {
        using var connection = database.Open();
        if (json is null)
        {
            Execute(connection, "DELETE FROM process_metadata WHERE process_id = $id AND key = $key", ("$id", id), ("$key", key));
        }
        else
        {
            Execute(
                connection,
                "INSERT INTO process_metadata (process_id, key, value) VALUES ($id, $key, $value) ON CONFLICT (process_id, key) DO UPDATE SET value = excluded.value",
                ("$id", id),
                ("$key", key),
                ("$value", json));
        }
    }

    private static string Name(ProcessOrder order) => order == ProcessOrder.Start ? "start" : "stop";

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
