using System.Collections;

namespace CoreApi.Hosting;

/// <summary>
/// Reads the datarhei environment variables (<c>CORE_API_AUTH_JWT_SECRET</c> …) for the keys in
/// <see cref="ConfigKeys"/>. A generic prefix provider cannot do this: <c>disable_localhost</c>
/// holds an underscore, so the variable name alone does not say where the key's levels split.
/// </summary>
public sealed class CoreEnvironmentConfigurationSource(IDictionary? variables = null) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new CoreEnvironmentConfigurationProvider(variables ?? Environment.GetEnvironmentVariables());
}
