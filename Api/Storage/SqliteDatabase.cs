using Microsoft.Data.Sqlite;

namespace CoreApi.Storage;

/// <summary>
/// The embedded database file (<c>core.db</c> in the data directory). WAL with <c>synchronous=FULL</c>:
/// a write that was answered survives a kill of the process or a power cut.
/// </summary>
public sealed class SqliteDatabase
{
    public const string FileName = "core.db";

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS processes (id TEXT PRIMARY KEY, config TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, process_order TEXT NOT NULL) STRICT;
        CREATE TABLE IF NOT EXISTS process_metadata (process_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (process_id, key)) STRICT;
        """;

    private readonly string connectionString;

    public SqliteDatabase(DataDirectory directory)
    {
        FilePath = directory.File(FileName);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        RestrictToOwner(FilePath);
    }

    public string FilePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        command.ExecuteNonQuery();
        return connection;
    }

    // The database holds the generated JWT secret: readable by the service's user only.
    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
