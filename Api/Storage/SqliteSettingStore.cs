namespace CoreApi.Storage;

/// <summary>Values generated once and kept for the life of the data directory (instance id, name, JWT secret).</summary>
public sealed class SqliteSettingStore(SqliteDatabase database)
{
    /// <summary>
    /// Returns the stored value of <paramref name="name"/>, storing <paramref name="create"/>'s value first if
    /// there is none. Two processes racing on a fresh directory both end up with the value that won.
    /// </summary>
    public string GetOrCreate(string name, Func<string> create)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO settings (name, value) VALUES ($name, $value) ON CONFLICT (name) DO NOTHING;
            SELECT value FROM settings WHERE name = $name;
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", create());
        return (string)command.ExecuteScalar()!;
    }
}
