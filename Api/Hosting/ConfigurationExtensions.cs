using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Adds, in rising precedence over appsettings: the datarhei config file (<c>CORE_CONFIGFILE</c>, or
    /// <c>config.json</c> in the data directory), the <c>CORE_*</c> environment variables, and the command line
    /// again so it keeps the last word.
    /// </summary>
    public static WebApplicationBuilder AddCoreConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        UseShippedEnvironmentSettingsWhenContentRootLacksThem(builder);

        IConfigurationBuilder configuration = builder.Configuration;
        configuration.Add(new CoreConfigFileSource(builder.Configuration));
        configuration.Add(new CoreEnvironmentConfigurationSource());
        builder.Configuration.AddCommandLine(args);
        return builder;
    }

    /// <summary>
    /// Reads every source again, now that all are present (a test host adds its own after Program's), so the
    /// config file is found where the final settings say. Runs before anything reads the options.
    /// </summary>
    public static WebApplication LoadCoreConfiguration(this WebApplication app)
    {
        ConfigurationProviders.Reload(app.Configuration);
        return app;
    }

    public static IServiceCollection AddCoreOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoreOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoreOptions>, CoreOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, ListenAddressKestrelSetup>();
        return services;
    }

    // The development settings sit at the repository root (see Api.csproj) and are copied next to the
    // binary; `dotnet run --project Api` uses Api/ as content root, where the file is not.
    private static void UseShippedEnvironmentSettingsWhenContentRootLacksThem(WebApplicationBuilder builder)
    {
        var fileName = $"appsettings.{builder.Environment.EnvironmentName}.json";
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, fileName))
            || !File.Exists(Path.Combine(AppContext.BaseDirectory, fileName)))
        {
            return;
        }

        var source = builder.Configuration.Sources.OfType<JsonConfigurationSource>().FirstOrDefault(s => s.Path == fileName);
        if (source is not null)
        {
            source.FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory);
            builder.Configuration.Sources.Remove(source);
            builder.Configuration.Sources.Insert(IndexAfterBaseSettings(builder.Configuration), source);
        }
    }

    private static int IndexAfterBaseSettings(IConfigurationBuilder configuration)
    {
        var sources = configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: "appsettings.json" })
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Binds Kestrel to <c>address</c>, read from the validated options when the server starts.</summary>
    private sealed class ListenAddressKestrelSetup(IOptions<CoreOptions> options) : IConfigureOptions<KestrelServerOptions>
    {
        public void Configure(KestrelServerOptions kestrel)
        {
            ListenAddress.TryParse(options.Value.Address, out var address);
            if (address.IsAnyInterface)
            {
                kestrel.ListenAnyIP(address.Port);
            }
            else if (address.IsLocalhost)
            {
                kestrel.ListenLocalhost(address.Port);
            }
            else
            {
                kestrel.Listen(address.IPAddress!, address.Port);
            }
        }
    }
}
