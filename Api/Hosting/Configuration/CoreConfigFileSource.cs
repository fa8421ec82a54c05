namespace CoreApi.Hosting;

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
