using System.Text.Json.Serialization;
using CoreApi.Application;
using CoreApi.Contracts;
using CoreApi.Infrastructure.Configuration;
using CoreApi.Infrastructure.Logging;
using CoreApi.Infrastructure.Memory;
using CoreApi.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Extensions;

public static class ApplicationExtensions
{
    /// <summary>Application services, their persistence, and the MVC controllers that call them.</summary>
    public static IServiceCollection AddCoreApplication(this IServiceCollection services)
    {
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteSettingStore>();
        services.AddSingleton<IInstanceIdentity, InstanceIdentity>();
        services.AddSingleton<IMetadataStore, SqliteMetadataStore>();
        services.AddSingleton<ITokenRevocations, SqliteTokenRevocations>();

        services.AddSingleton<AuditLog>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<AboutService>();
        services.AddSingleton<MetadataService>();
        services.AddSingleton<TokenGrantService>();
        services.AddSingleton<LogoutService>();
        services.AddSingleton<ConfigOverrides>();
        services.AddSingleton<IConfigFileStore>(provider => new ConfigFileStore(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConfigService>();
        services.AddSingleton<RingBufferLog>();
        services.AddSingleton<ILoggerProvider, RingBufferLoggerProvider>();
        services.AddBatchedConsoleLog();
        services.AddSingleton<IProcessMemory, RuntimeProcessMemory>();
        services.AddHostedService<IdleMemoryTrimmer>();
        // Two lines per request (hosting) and more (routing, MVC) at Information: as appsettings.json says, but also
        // when the server starts elsewhere than in its own directory and finds no appsettings.json.
        services.AddLogLevelDefault("Microsoft.AspNetCore", LogLevel.Warning);

        // Validators are called explicitly by the controllers; FluentValidation's MVC auto-validation is
        // deprecated by its maintainer and would answer with ProblemDetails (docs/decisions/ADR-002).
        services.AddValidatorsFromAssemblyContaining<LoginRequestValidator>(ServiceLifetime.Singleton);

        services.AddControllers(options =>
            {
                // Bodies are read by our own binders. MVC's form and jQuery value providers parse every form
                // body and jQuery-style key up front, and throw (500) on keys such as "[1,2" before any action runs.
                options.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            })
            .AddJsonOptions(options => options.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
        return services;
    }
}
