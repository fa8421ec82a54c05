using CoreApi.Storage;

namespace CoreApi.Hosting;

public static class StorageExtensions
{
    /// <summary>The data directory and the embedded SQLite store the capabilities persist in.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteSettingStore>();
        return services;
    }
}
