using System.Net;
using CoreApi.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoreApi.Extensions;

/// <summary>Who the client is behind a proxy, which browser origins may call, and how large a body may be.</summary>
public static class NetworkExtensions
{
    private const string CorsPolicy = "api";

    public static IServiceCollection AddNetworkEdge(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<CoreOptions>>((forwarded, core) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (the framework would trust loopback by default).
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.ForwardLimit = null;
            foreach (var proxy in core.Value.Api.TrustedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
            }
        });

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CoreOptions>>((cors, core) =>
            cors.AddPolicy(CorsPolicy, policy =>
            {
                var origins = core.Value.Api.Cors.EffectiveOrigins;
                // Never AllowCredentials: tokens travel in the Authorization header, not in cookies, and "*" with
                // credentials would let any site act with a visitor's ambient credentials.
                (origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]))
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .WithExposedHeaders("Retry-After", "WWW-Authenticate");
            }));

        // The endpoints read their bodies with limits of their own (16 KiB, the metadata limit); this is the outer bound.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<CoreOptions>>((kestrel, core) =>
            kestrel.Limits.MaxRequestBodySize = Math.Max(64 * 1024, core.Value.Api.Metadata.MaxValueBytes) + 4096);
        return services;
    }

    public static WebApplication UseNetworkEdge(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CoreOptions>>().Value.Api.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseCors(CorsPolicy);
        return app;
    }
}
