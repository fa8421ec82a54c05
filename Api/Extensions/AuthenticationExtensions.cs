using CoreApi.Application;
using CoreApi.Infrastructure.Auth0;
using CoreApi.Infrastructure.Logging;
using CoreApi.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoreApi.Extensions;

public static class AuthenticationExtensions
{
    /// <summary>Authenticates access tokens; the default scheme, used by every protected endpoint.</summary>
    public const string AccessScheme = "AccessToken";

    /// <summary>Authenticates refresh tokens; used by <c>GET /api/login/refresh</c> only.</summary>
    public const string RefreshScheme = "RefreshToken";

    public const string RefreshPolicy = "RefreshToken";

    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<JwtSigningKeys>();
        services.AddSingleton<ITokenIssuer, HmacTokenIssuer>();
        services.AddSingleton<IUserDirectory, ConfiguredUserDirectory>();
        services.AddHttpClient(Auth0KeySets.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<Auth0KeySets>();
        services.AddSingleton<IAuth0TokenValidator, Auth0TokenValidator>();
        services.AddSingleton<TokenAcceptance>();
        services.AddSingleton<VerifiedTokenCache>();
        services.AddSingleton<LocalTokenValidator>();
        services.AddSingleton<ILocalTokenValidator>(provider => provider.GetRequiredService<LocalTokenValidator>());
        services.AddSingleton<ApiAccess>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();

        services.AddAuthentication(AccessScheme)
            .AddScheme<JwtBearerOptions, AccessBearerHandler>(AccessScheme, _ => { })
            .AddScheme<JwtBearerOptions, RefreshBearerHandler>(RefreshScheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerSetup>();
        WithoutDataProtectionKeyRingAtStart(services);
        QuietBearerHandlers(services);

        services.AddAuthorizationBuilder()
            // No scheme named here: the authentication middleware has already run the default (access) scheme for
            // the request, and naming it again would authenticate a second time and merge the principals.
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ApiAccessRequirement()).Build())
            .AddPolicy(RefreshPolicy, policy => policy.AddAuthenticationSchemes(RefreshScheme).RequireAuthenticatedUser());

        // The framework registers these stateless services as transient, so every protected request rebuilt the
        // evaluator → service → handler-provider graph through DI. Our handlers are singletons, so they may be too.
        services.AddSingleton<PolicyEvaluator>();
        services.Replace(ServiceDescriptor.Singleton<IPolicyEvaluator, ApiPolicyEvaluator>());
        services.AddSingleton<AuthorizationMiddlewareResultHandler>();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationService, DefaultAuthorizationService>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationHandlerProvider, DefaultAuthorizationHandlerProvider>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationHandlerContextFactory, DefaultAuthorizationHandlerContextFactory>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationEvaluator, DefaultAuthorizationEvaluator>());
        return services;
    }

    /// <summary>Full name of the hosted service <c>AddAuthentication</c> brings along with data protection.</summary>
    internal const string DataProtectionStartup = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    // AddAuthentication registers data protection (for cookie schemes), and with it a hosted service that loads the key
    // ring at start: on a fresh machine it creates a key under ~/.aspnet and warns that it is stored unencrypted. Bearer
    // tokens never use data protection; the service stays registered for anything that would, and loads lazily then.
    // Start-up is shorter and the process about 4 MB smaller without the XML stack.
    private static void WithoutDataProtectionKeyRingAtStart(IServiceCollection services)
    {
        foreach (var startup in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DataProtectionStartup).ToList())
        {
            services.Remove(startup);
        }
    }

    // The framework's authentication handlers log every refusal ("was not authenticated", "was challenged") at
    // Information, up to four lines per refused request: a flood of bad tokens would become a flood of log lines (our
    // evaluator logs the refusal at Debug). Their categories start at Warning.
    private static void QuietBearerHandlers(IServiceCollection services) =>
        services
            .AddLogLevelDefault(typeof(AccessBearerHandler).FullName!, LogLevel.Warning)
            .AddLogLevelDefault(typeof(RefreshBearerHandler).FullName!, LogLevel.Warning);

    private sealed class BearerSetup : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, JwtBearerOptions options)
        {
            if (name == AccessScheme)
            {
                options.ForwardDefaultSelector = RefreshSchemeOnTheRefreshEndpoint;
            }

            // Our challenge writes WWW-Authenticate itself (BearerRefusal); JwtBearer would otherwise describe every refusal
            // for a header it never sends.
            options.IncludeErrorDetails = false;
            options.Events = new JwtBearerEvents
            {
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    return BearerRefusal.ChallengeAsync(context.HttpContext);
                },
                OnForbidden = context => BearerRefusal.ForbidAsync(context.HttpContext),
            };
        }

        // The middleware authenticates every request with the default (access) scheme. On the refresh endpoint
        // that would verify the refresh token only to refuse it for its use, before the refresh policy verifies it
        // again; forwarding there makes the policy find the one result already made.
        private static string? RefreshSchemeOnTheRefreshEndpoint(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>()?.Policy == RefreshPolicy ? RefreshScheme : null;
    }
}
