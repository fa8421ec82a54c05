using System.Collections;

namespace CoreApi.Configuration;

/// <summary>
/// Reads the datarhei environment variables (<c>CORE_API_AUTH_JWT_SECRET</c> …) for the keys in
/// <see cref="ConfigKeys"/>. A generic prefix provider cannot do this: <c>disable_localhost</c>
/// holds an underscore, so the variable name alone does not say where the key's levels split.
/// </summary>
public sealed class CoreEnvironmentConfigurationSource(IDictionary? variables = null) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new Provider(variables ?? Environment.GetEnvironmentVariables());

    private sealed class Provider(IDictionary variables) : ConfigurationProvider
    {
        public override void Load()
        {
            foreach (var key in ConfigKeys.All)
            {
                if (variables[key.EnvironmentVariable] is string value)
                {
                    Data[key.ConfigurationPath] = key.Kind == ConfigValueKind.Boolean ? NormalizeBoolean(value) : value;
                }
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
}
