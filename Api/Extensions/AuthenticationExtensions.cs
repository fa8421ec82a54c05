using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Contracts;
using CoreApi.Domain;
using CoreApi.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Extensions;

public static class AuthenticationExtensions
{
    /// <summary>Authenticates access tokens; the default scheme, used by every protected endpoint.</summary>
    public const string AccessScheme = "AccessToken";

    /// <summary>Authenticates refresh tokens; used by <c>GET /api/login/refresh</c> only.</summary>
    public const string RefreshScheme = "RefreshToken";

    public const string RefreshPolicy = "RefreshToken";

    /// <summary>The longest token accepted, in bytes; ours are about 300. Longer ones are refused unread.</summary>
    public const int MaxTokenBytes = 4096;

    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<JwtSigningKeys>();
        services.AddSingleton<ITokenIssuer, HmacTokenIssuer>();
        services.AddSingleton<IUserDirectory, ConfiguredUserDirectory>();
        services.AddSingleton<TokenAcceptance>();
        services.AddSingleton<ApiAccess>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, ApiAccessHandler>();

        services.AddAuthentication(AccessScheme)
            .AddJwtBearer(AccessScheme, _ => { })
            .AddJwtBearer(RefreshScheme, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerSetup>();

        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(AccessScheme).AddRequirements(new ApiAccessRequirement()).Build())
            .AddPolicy(RefreshPolicy, policy => policy.AddAuthenticationSchemes(RefreshScheme).RequireAuthenticatedUser());
        return services;
    }

    private sealed class BearerSetup(JwtSigningKeys keys, TokenAcceptance acceptance, IOptionsMonitor<CoreOptions> core)
        : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, JwtBearerOptions options)
        {
            var use = name == RefreshScheme ? TokenUse.Refresh : TokenUse.Access;
            options.MapInboundClaims = false;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false, MaximumTokenSizeInBytes = MaxTokenBytes });
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenClaims.Realm,
                ValidateIssuer = true,
                ValidateAudience = false,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                // Resolved per token so a changed password or secret takes effect without a restart.
                IssuerSigningKeyResolver = (_, _, _, _) => [keys.Current],
                ClockSkew = TimeSpan.FromSeconds(core.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds),
                NameClaimType = "sub",
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context => RejectUnacceptable(context, use),
                OnChallenge = WriteUnauthorized,
                OnForbidden = context => ApiErrorWriter.WriteAsync(context.Response, ApiError.For(StatusCodes.Status403Forbidden, "Forbidden")),
            };
        }

        private Task RejectUnacceptable(TokenValidatedContext context, TokenUse use)
        {
            var token = (JsonWebToken)context.SecurityToken;
            var presented = new PresentedToken(
                token.TryGetPayloadValue<string>("sub", out var sub) ? sub : null,
                token.TryGetPayloadValue<string>("usefor", out var useFor) ? useFor : null,
                token.TryGetPayloadValue<long>("iat", out var iat) ? iat : null,
                token.TryGetPayloadValue<object>("iat", out _));
            if (acceptance.Check(presented, use) is { } rejection)
            {
                context.Fail($"Token refused: {rejection}");
            }

            return Task.CompletedTask;
        }

        // RFC 6750 §3: a 401 names the scheme in WWW-Authenticate, with error="invalid_token" when a
        // token was presented and refused. The body is the contract's error shape.
        private static Task WriteUnauthorized(JwtBearerChallengeContext context)
        {
            context.HandleResponse();
            var tokenPresented = context.AuthenticateFailure is not null || context.Request.Headers.Authorization.Count > 0;
            context.Response.Headers.WWWAuthenticate = tokenPresented
                ? $"Bearer realm=\"{TokenClaims.Realm}\", error=\"invalid_token\""
                : $"Bearer realm=\"{TokenClaims.Realm}\"";
            return ApiErrorWriter.WriteAsync(context.Response, ApiError.For(StatusCodes.Status401Unauthorized, ErrorDetails.InvalidToken));
        }
    }
}
