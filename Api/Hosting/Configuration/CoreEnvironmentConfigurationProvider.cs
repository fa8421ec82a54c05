using System.Collections;

namespace CoreApi.Hosting;

/// <summary>The settings read from <c>CORE_*</c> variables; <see cref="Sources"/> says which variable set which path.</summary>
public sealed class CoreEnvironmentConfigurationProvider(IDictionary variables) : ConfigurationProvider
{
    /// <summary>Configuration path → the environment variable it came from.</summary>
    public IReadOnlyDictionary<string, string> Sources => Data.Keys.ToDictionary(
        path => path,
        path => ConfigKeys.All.First(key => string.Equals(path, key.ConfigurationPath, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(key.ConfigurationPath + ":", StringComparison.OrdinalIgnoreCase)).EnvironmentVariable,
        StringComparer.OrdinalIgnoreCase);

    public override void Load()
    {
        foreach (var key in ConfigKeys.All)
        {
            if (variables[key.EnvironmentVariable] is not string value)
            {
                continue;
            }

            if (key.Kind == ConfigValueKind.Auth0Tenants)
            {
                AddTenants(key, value);
            }
            else if (key.Kind is ConfigValueKind.List or ConfigValueKind.SpaceList)
            {
                var items = value.Split(key.Kind == ConfigValueKind.List ? ',' : ' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                for (var i = 0; i < items.Length; i++)
                {
                    Data[$"{key.ConfigurationPath}:{i}"] = items[i];
                }
            }
            else if (key.Kind == ConfigValueKind.JsonList)
            {
                AddJsonList(key, value);
            }
            else
            {
                Data[key.ConfigurationPath] = key.Kind == ConfigValueKind.Boolean ? NormalizeBoolean(value) : value;
            }
        }
    }

    private void AddTenants(ConfigKey key, string value)
    {
        var tenants = Auth0TenantListParser.Parse(value);
        for (var i = 0; i < tenants.Count; i++)
        {
            var prefix = $"{key.ConfigurationPath}:{i}:";
            Data[prefix + "domain"] = tenants[i].Domain;
            Data[prefix + "audience"] = tenants[i].Audience;
            Data[prefix + "clientid"] = tenants[i].ClientId;
            for (var u = 0; u < tenants[i].Users.Count; u++)
            {
                Data[$"{prefix}users:{u}"] = tenants[i].Users[u];
            }
        }
    }

    private void AddJsonList(ConfigKey key, string value)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(value);
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                foreach (var property in item.EnumerateObject())
                {
                    Data[$"{key.ConfigurationPath}:{index}:{property.Name}"] = property.Value.ToString();
                }

                index++;
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{key.Describe()} must be a JSON array of objects: {e.Message}", e);
        }
    }

    // datarhei parses booleans like Go's strconv.ParseBool; accept the same spellings.
    private static string NormalizeBoolean(string value) => value.Trim() switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => "true",
        "0" or "f" or "F" or "FALSE" or "false" or "False" => "false",
        var other => other,
    };
}
