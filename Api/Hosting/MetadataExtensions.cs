using CoreApi.Metadata;

namespace CoreApi.Hosting;

public static class MetadataExtensions
{
    /// <summary><c>/api/v3/metadata</c>: global metadata in the embedded store.</summary>
    public static IServiceCollection AddMetadata(this IServiceCollection services)
    {
        services.AddSingleton<IMetadataStore, SqliteMetadataStore>();
        services.AddSingleton<MetadataService>();
        return services;
    }
}
