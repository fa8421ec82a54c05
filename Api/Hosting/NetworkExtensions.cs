using System.Net;
using CoreApi.Web;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

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
            foreach (var proxy in AddressList.Parse(core.Value.Api.TrustedProxies))
            {
                forwarded.KnownIPNetworks.Add(proxy);
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
            kestrel.Limits.MaxRequestBodySize = Math.Max(Math.Max(64 * 1024, core.Value.Api.Metadata.MaxValueBytes), core.Value.Ffmpeg.Limits.MaxConfigBytes) + 4096);
        return services;
    }

    /// <summary>
    /// datarhei's <c>api.access.http</c>: a blocked client address, or one outside a non-empty allow list, gets 403
    /// before anything else happens. The address is the socket's peer (or the client a trusted proxy names).
    /// </summary>
    private static void UseAccessLists(this WebApplication app)
    {
        var monitor = app.Services.GetRequiredService<IOptionsMonitor<CoreOptions>>();
        AccessLists? lists = null;
        app.Use(async (context, next) =>
        {
            // Parsed once per settings version, not per request.
            var current = monitor.CurrentValue;
            if (lists is null || !ReferenceEquals(lists.Options, current))
            {
                lists = new AccessLists(current, AddressList.Parse(current.Api.Access.Http.Allow), AddressList.Parse(current.Api.Access.Http.Block));
            }

            if (context.Connection.RemoteIpAddress is { } address && !lists.Admit(address))
            {
                await ApiErrorWriter.WriteAsync(context.Response, ApiError.For(StatusCodes.Status403Forbidden, "Your address may not use this API"));
                return;
            }

            await next();
        });
    }

    private sealed record AccessLists(CoreOptions Options, IReadOnlyList<System.Net.IPNetwork> Allow, IReadOnlyList<System.Net.IPNetwork> Block)
    {
        public bool Admit(IPAddress address) =>
            !AddressList.Contains(Block, address) && (Allow.Count == 0 || AddressList.Contains(Allow, address));
    }

    private static bool IsMount(PathString path) => !path.StartsWithSegments("/api") && !path.StartsWithSegments("/ping");

    public static WebApplication UseNetworkEdge(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CoreOptions>>().Value.Api.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        // The mounts (/memfs and the disk at /) answer with storage.cors.origins, everything under /api with api.cors.origins.
        app.UseWhen(context => IsMount(context.Request.Path), mounts => mounts.UseCors(Filesystems.FilesystemCors.Policy));
        app.UseWhen(context => !IsMount(context.Request.Path), api => api.UseCors(CorsPolicy));
        app.UseAccessLists();
        return app;
    }
}
