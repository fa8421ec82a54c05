namespace CoreApi.Hosting;

/// <summary>
/// One datarhei-style setting: the dotted key (<c>api.auth.jwt.secret</c>) and the environment
/// variable that overrides it (<c>CORE_</c> + the key upper-cased, dots to underscores, unless datarhei spells its
/// variable otherwise, such as <c>CORE_FFMPEG_MAXPROCESSES</c>: then datarhei's name, given as <paramref name="Variable"/>).
/// </summary>
public sealed record ConfigKey(string Key, ConfigValueKind Kind = ConfigValueKind.Text, string? Variable = null)
{
    public string EnvironmentVariable => Variable ?? "CORE_" + Key.ToUpperInvariant().Replace('.', '_');

    /// <summary>The same key as ASP.NET Core configuration paths spell it (<c>api:auth:jwt:secret</c>).</summary>
    public string ConfigurationPath => Key.Replace('.', ':');

    public string Describe() => $"{Key} ({EnvironmentVariable})";
}
