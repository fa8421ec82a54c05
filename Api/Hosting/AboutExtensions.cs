using CoreApi.About;

namespace CoreApi.Hosting;

public static class AboutExtensions
{
    /// <summary><c>GET /api</c>: what this server is, and its stable identity.</summary>
    public static IServiceCollection AddAbout(this IServiceCollection services)
    {
        services.AddSingleton<IInstanceIdentity, InstanceIdentity>();
        services.AddSingleton<AboutService>();
        return services;
    }
}
