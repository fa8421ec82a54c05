using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CoreApi.Hosting;

public static class CompressionExtensions
{
    // Text-like answers, as datarhei compresses them (CONTRACT-CORE §0): JSON, playlists, pages, scripts. Media
    // segments are compressed already and are left alone.
    private static readonly string[] CompressedTypes =
    [
        "application/json", "text/plain", "text/html", "text/css", "text/javascript", "application/javascript",
        "application/xml", "image/svg+xml", "application/vnd.apple.mpegurl", "application/dash+xml",
    ];

    /// <summary>gzip for clients that accept it (the framework's middleware, fastest level).</summary>
    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compresses everything but the token endpoints: their answers carry secrets, and a compressed secret beside
    /// data an attacker chooses leaks through its length (BREACH) once a TLS proxy is in front.
    /// </summary>
    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api/login"), branch => branch.UseResponseCompression());
        return app;
    }
}
