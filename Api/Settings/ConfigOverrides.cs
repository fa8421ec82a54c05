using CoreApi.Hosting;

namespace CoreApi.Settings;

/// <summary>The settings that <c>CORE_*</c> environment variables set, which the config file cannot change.</summary>
public sealed class ConfigOverrides(IConfiguration configuration)
{
    /// <summary>Configuration paths (<c>api:auth:password</c>) set by environment variables, with the variable that sets each.</summary>
    public IReadOnlyDictionary<string, string> Paths()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in ConfigurationProviders.All(configuration).OfType<CoreEnvironmentConfigurationProvider>())
        {
            foreach (var (path, variable) in provider.Sources)
            {
                paths[path] = variable;
            }
        }

        return paths;
    }

    /// <summary>The dotted keys of the overridden settings, as datarhei lists them (<c>api.auth.password</c>).</summary>
    public IReadOnlyList<string> Keys() =>
        [.. Paths().Keys.Select(ToDottedKey).Distinct().Order(StringComparer.Ordinal)];

    public static string ToDottedKey(string path)
    {
        // api:auth:users:0:name -> api.auth.users (a list is overridden as a whole)
        var segments = path.Split(':');
        var index = Array.FindIndex(segments, segment => segment.All(char.IsAsciiDigit));
        return string.Join('.', index < 0 ? segments : segments[..index]);
    }
}
