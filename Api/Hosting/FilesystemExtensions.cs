using CoreApi.Filesystems;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

public static class FilesystemExtensions
{
    /// <summary>The disk and in-memory filesystems, <c>/api/v3/fs</c>, and the mounts <c>/memfs</c> and <c>/</c>.</summary>
    public static IServiceCollection AddFilesystems(this IServiceCollection services)
    {
        services.AddSingleton<FilesystemAddresses>();
        services.AddSingleton<IFilesystemAddresses>(provider => provider.GetRequiredService<FilesystemAddresses>());
        services.AddSingleton<FileSystems>();
        services.AddSingleton<MemfsCredentials>();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CoreOptions>>((cors, core) =>
            cors.AddPolicy(FilesystemCors.Policy, policy =>
            {
                var origins = core.Value.Storage.Cors.EffectiveOrigins;
                (origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]))
                    .WithMethods("GET", "HEAD", "PUT", "POST", "DELETE", "PATCH")
                    .WithHeaders("Origin", "Content-Length", "Content-Type", "Authorization")
                    .WithExposedHeaders("Content-Length", "Content-Range", "ETag", "Last-Modified")
                    .SetPreflightMaxAge(TimeSpan.FromDays(1));
            }));
        return services;
    }
}
