using CoreApi.Monitoring;

namespace CoreApi.Hosting;

public static class MonitoringExtensions
{
    /// <summary><c>/api/v3/session</c> and <c>/api/v3/metrics</c>: who reads the streams, and how the machine is doing.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddSingleton<SessionTracker>();
        services.AddSingleton<Filesystems.IMemfsAccessObserver>(provider => provider.GetRequiredService<SessionTracker>());
        services.AddSingleton<MachineStats>();
        services.AddSingleton<MetricsCatalog>();
        services.AddSingleton<MetricsHistory>();
        services.AddHostedService(provider => provider.GetRequiredService<MetricsHistory>());
        return services;
    }
}
