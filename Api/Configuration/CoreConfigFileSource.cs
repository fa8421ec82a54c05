namespace CoreApi.Configuration;

/// <summary>
/// The datarhei-style JSON config file: <c>CORE_CONFIGFILE</c>, or <c>config.json</c> in the data directory
/// (<c>db.dir</c>). Where it is depends on the other settings, so the path is resolved at every load from the
/// whole configuration; the server reloads once after it is built, when every source is present.
/// </summary>
public sealed class CoreConfigFileSource(IConfiguration whole) : IConfigurationSource
{
    public const string DefaultFileName = "config.json";

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new CoreConfigFileProvider(whole);

    public static string ResolvePath(IConfiguration configuration) =>
        configuration[ConfigKeys.ConfigFileVariable] is { Length: > 0 } explicitPath
            ? Path.GetFullPath(explicitPath)
            : Path.GetFullPath(Path.Combine(configuration[ConfigKeys.DbDir.ConfigurationPath] is { Length: > 0 } dir ? dir : "./config", DefaultFileName));
}

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

/// <summary>Finds providers also inside chained configurations.</summary>
public static class ConfigurationProviders
{
    public static IEnumerable<IConfigurationProvider> All(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            yield break;
        }

        foreach (var provider in root.Providers)
        {
            yield return provider;
            if (provider is ChainedConfigurationProvider chained)
            {
                foreach (var inner in All(chained.Configuration))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Reads the config file again (resolving its path from <paramref name="configuration"/>) and every other source.</summary>
    public static void Reload(IConfiguration configuration)
    {
        foreach (var file in All(configuration).OfType<CoreConfigFileProvider>())
        {
            file.ResolveFrom = configuration;
            file.Load();
        }

        ((IConfigurationRoot)configuration).Reload();
    }
}
