namespace CoreApi.Hosting;

public sealed class CoreConfigFileProvider(IConfiguration whole) : ConfigurationProvider
{
    /// <summary>
    /// The configuration the path is resolved from. At first the builder's; once the app exists, the app's, which
    /// may hold more sources than the builder did (a test host chains the builder's configuration into its own).
    /// </summary>
    public IConfiguration ResolveFrom { get; set; } = whole;

    /// <summary>The file read by the latest load.</summary>
    public string Path { get; private set; } = "";

    public DateTimeOffset LoadedAt { get; private set; }

    public override void Load()
    {
        Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Path = CoreConfigFileSource.ResolvePath(ResolveFrom);
        Data = Read(Path);
        LoadedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>The settings in <paramref name="path"/>, flattened; empty when there is no such file.</summary>
    public static Dictionary<string, string?> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            var parsed = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
            return parsed.AsEnumerable().Where(pair => pair.Value is not null)
                .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
        {
            throw new InvalidOperationException($"The config file {path} ({ConfigKeys.ConfigFileVariable}) cannot be read: {e.Message}", e);
        }
    }
}
