namespace CoreApi.Hosting;

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
