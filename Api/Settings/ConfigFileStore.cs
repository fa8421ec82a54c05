using System.Text.Json;
using System.Text.Json.Nodes;
using CoreApi.Hosting;

namespace CoreApi.Settings;

/// <summary>
/// The config file found by the configuration (see <see cref="CoreConfigFileSource"/>). Writes go to a temporary
/// file in the same directory, flushed to disk, then renamed over the old one — a rename within one file system is
/// atomic, so readers and a crash see either the old or the new file, never half of one.
/// </summary>
public sealed class ConfigFileStore(IConfiguration configuration, Action<string, string>? replace = null) : IConfigFileStore
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Action<string, string> replace = replace ?? ((from, to) => File.Move(from, to, overwrite: true));

    public string Path => ConfigurationProviders.All(configuration).OfType<CoreConfigFileProvider>().FirstOrDefault()?.Path
        ?? CoreConfigFileSource.ResolvePath(configuration);

    public DateTimeOffset? CreatedAt => File.Exists(Path) ? File.GetCreationTimeUtc(Path) : null;

    public DateTimeOffset? UpdatedAt => File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : null;

    public JsonObject? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        return JsonNode.Parse(File.ReadAllText(Path)) as JsonObject
            ?? throw new InvalidOperationException($"The config file {Path} does not hold a JSON object.");
    }

    public void Write(JsonObject document)
    {
        var target = Path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, document, Indented);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                // The file holds passwords and the JWT secret.
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            replace(temporary, target);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
