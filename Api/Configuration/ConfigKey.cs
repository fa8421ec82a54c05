namespace CoreApi.Configuration;

/// <summary>The kind of value a setting holds; decides how its environment variable is read.</summary>
public enum ConfigValueKind
{
    Text,
    Boolean,
    Integer,

    /// <summary>datarhei's tenant list: comma-separated <c>auth0://clientid@domain?aud=…&amp;user=…</c> or base64 JSON.</summary>
    Auth0Tenants,

    /// <summary>A comma-separated list in the variable, an array in JSON files.</summary>
    List,

    /// <summary>A JSON array of objects, such as <c>[{"name":"viewer","password":"…","role":"read"}]</c>.</summary>
    JsonList,
}

/// <summary>
/// One datarhei-style setting: the dotted key (<c>api.auth.jwt.secret</c>) and the environment
/// variable that overrides it (<c>CORE_</c> + the key upper-cased, dots to underscores).
/// </summary>
public sealed record ConfigKey(string Key, ConfigValueKind Kind = ConfigValueKind.Text)
{
    public string EnvironmentVariable => "CORE_" + Key.ToUpperInvariant().Replace('.', '_');

    /// <summary>The same key as ASP.NET Core configuration paths spell it (<c>api:auth:jwt:secret</c>).</summary>
    public string ConfigurationPath => Key.Replace('.', ':');

    public string Describe() => $"{Key} ({EnvironmentVariable})";
}
