using CoreApi.Auth;
using CoreApi.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

public static class AuthExtensions
{
    /// <summary>Login, refresh, logout and tokens; the two JwtBearer schemes and the policies every controller relies on.</summary>
    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        services.AddSingleton<JwtSigningKeys>();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddSingleton<IUserDirectory, ConfiguredUserDirectory>();
        services.AddSingleton<ITokenRevocations, SqliteTokenRevocations>();
        services.AddHttpClient(Auth0KeySets.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<Auth0KeySets>();
        services.AddSingleton<IAuth0TokenValidator, Auth0TokenValidator>();
        services.AddSingleton<TokenAcceptance>();
        services.AddSingleton<VerifiedTokenCache>();
        services.AddSingleton<LocalTokenValidator>();
        services.AddSingleton<ILocalTokenValidator>(provider => provider.GetRequiredService<LocalTokenValidator>());
        services.AddSingleton<ApiAccess>();
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();

        services.AddSingleton<AuditLog>();
        services.AddSingleton<LoginRefusalLog>();
        services.AddHostedService(provider => provider.GetRequiredService<LoginRefusalLog>());
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<TokenGrantService>();
        services.AddSingleton<LogoutService>();

        services.AddAuthentication(AuthSchemes.AccessScheme)
            .AddJwtBearer(AuthSchemes.AccessScheme, _ => { })
            .AddJwtBearer(AuthSchemes.RefreshScheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerSetup>();
        KeepDataProtectionKeysInTheDataDirectory(services);

        services.AddAuthorizationBuilder()
            // No scheme named here: the authentication middleware has already run the default (access) scheme for
            // the request, and naming it again would authenticate a second time and merge the principals.
            .SetDefaultPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ApiAccessRequirement()).Build())
            // No scheme named here either: on the refresh endpoint the default scheme forwards to the refresh scheme
            // (BearerSetup), so the user the middleware set is the refresh token's, or nobody. Naming the scheme would
            // authenticate again and merge the principals into a new one for nothing.
            .AddPolicy(AuthSchemes.RefreshPolicy, policy => policy.RequireAuthenticatedUser());

        // JwtBearer logs every refused token ("Failed to validate the token", "was not authenticated", "was
        // challenged") at Information, up to four lines per refused request: a flood of bad tokens would become a flood
        // of log lines. Its category starts at Warning; a Logging:LogLevel entry still overrides it.
        services.AddLogLevelDefault(typeof(JwtBearerHandler).FullName!, LogLevel.Warning);
        return services;
    }

    /// <summary>Where data protection keeps its key ring: <c>dataprotection/</c> in the data directory (<c>db.dir</c>).</summary>
    public const string DataProtectionFolder = "dataprotection";

    // AddAuthentication brings data protection (for cookie schemes), which creates a key ring at start under the
    // user's home and warns that it is stored unencrypted. Bearer tokens never use it; nothing of ours encrypts with
    // it. Its keys live with the server's other data instead, and its "no XML encryptor" warning starts at Error.
    private static void KeepDataProtectionKeysInTheDataDirectory(IServiceCollection services)
    {
        services.AddOptions<KeyManagementOptions>().Configure<DataDirectory, ILoggerFactory>((options, data, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(data.File(DataProtectionFolder)), loggers));
        services.AddLogLevelDefault("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    }

    private sealed class BearerSetup(LocalTokenValidator validator) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, JwtBearerOptions options)
        {
            var use = name == AuthSchemes.RefreshScheme ? TokenUse.Refresh : TokenUse.Access;
            if (use == TokenUse.Access)
            {
                options.ForwardDefaultSelector = RefreshSchemeOnTheRefreshEndpoint;
            }

            options.MapInboundClaims = false;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new BearerTokenHandler(validator, use));
            // options.TokenValidationParameters stays the default: our handler ignores what JwtBearer passes it and
            // validates with LocalTokenValidator's strict parameters for the settings current per request.
            // Our challenge writes WWW-Authenticate itself (BearerRefusal); JwtBearer would otherwise describe every
            // refusal for a header it never sends.
            options.IncludeErrorDetails = false;
            options.Events = new JwtBearerEvents
            {
                // Only the Authorization header carries a token (never the query string or a cookie), exactly one.
                OnMessageReceived = context =>
                {
                    if (BearerToken.From(context.Request.Headers.Authorization) is { } token)
                    {
                        context.Token = token;
                    }
                    else
                    {
                        context.NoResult();
                    }

                    return Task.CompletedTask;
                },
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    return BearerRefusal.ChallengeAsync(context.HttpContext);
                },
                OnForbidden = context => BearerRefusal.ForbidAsync(context.HttpContext),
            };
        }

        // The middleware authenticates every request with the default (access) scheme. On the refresh endpoint it
        // forwards to the refresh scheme: the one result there is the refresh token's, which the refresh policy
        // then requires.
        private static string? RefreshSchemeOnTheRefreshEndpoint(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizeData>()?.Policy == AuthSchemes.RefreshPolicy ? AuthSchemes.RefreshScheme : null;
    }
}
