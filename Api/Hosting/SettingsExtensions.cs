using CoreApi.Settings;

namespace CoreApi.Hosting;

public static class SettingsExtensions
{
    /// <summary><c>/api/v3/config</c>: the settings as datarhei shapes them, their changes and reload.</summary>
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddSingleton<ConfigOverrides>();
        services.AddSingleton<IConfigFileStore>(provider => new ConfigFileStore(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConfigService>();
        return services;
    }
}
