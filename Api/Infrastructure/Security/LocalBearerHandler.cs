using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CoreApi.Contracts;
using CoreApi.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// JwtBearer's handler with our own authentication step (ADR-005): the challenge (<c>WWW-Authenticate</c>), forbid
/// and the events stay JwtBearer's; reading the token hands it straight to <see cref="LocalTokenValidator"/>. The
/// stock step clones the whole <c>TokenValidationParameters</c> and builds several context and result objects per
/// request only to end in the same validator; skipping that is most of what a valid token costs on top of none.
/// </summary>
public abstract class LocalBearerHandler(IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LocalTokenValidator validator, TokenUse use) : JwtBearerHandler(options, logger, encoder)
{
    // One result per reason of refusal: the reasons are a few fixed texts, and a flood of bad tokens should not cost
    // a message, an exception object and a result each.
    private const int MaxRefusalReasons = 32;
    private static readonly ConcurrentDictionary<string, AuthenticateResult> Refusals = new(StringComparer.Ordinal);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(Authenticate());

    private AuthenticateResult Authenticate()
    {
        // A request without a bearer token is anonymous, not refused.
        if (BearerToken.From(Request.Headers.Authorization) is not { } token)
        {
            return AuthenticateResult.NoResult();
        }

        if (validator.Validate(token, use, out var failure) is not { } claims)
        {
            return Refused(failure ?? "");
        }

        var properties = new AuthenticationProperties { ExpiresUtc = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt) };
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(IdentityOf(claims)), properties, Scheme.Name));
    }

    private static AuthenticateResult Refused(string reason) =>
        Refusals.TryGetValue(reason, out var known) ? known
        : Refusals.Count < MaxRefusalReasons ? Refusals.GetOrAdd(reason, static r => AuthenticateResult.Fail($"Token refused: {r}"))
        : AuthenticateResult.Fail($"Token refused: {reason}"); // a bound, should a reason ever carry data

    /// <summary>The identity of a verified token: its subject as the name, and the claims the endpoints read.</summary>
    private static ClaimsIdentity IdentityOf(VerifiedClaims claims)
    {
        var identity = new ClaimsIdentity(authenticationType: "Bearer", nameType: "sub", roleType: null);
        identity.AddClaim(new Claim("sub", claims.Subject!));
        identity.AddClaim(new Claim("usefor", claims.UseFor!));
        identity.AddClaim(new Claim("exp", claims.ExpiresAt.ToString(CultureInfo.InvariantCulture)));
        if (claims.Id is not null)
        {
            identity.AddClaim(new Claim("jti", claims.Id));
        }

        return identity;
    }
}

/// <summary>The default scheme: accepts access tokens only.</summary>
public sealed class AccessBearerHandler(IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalTokenValidator validator)
    : LocalBearerHandler(options, logger, encoder, validator, TokenUse.Access);

/// <summary>The scheme of <c>GET /api/login/refresh</c>: accepts refresh tokens only.</summary>
public sealed class RefreshBearerHandler(IOptionsMonitor<JwtBearerOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalTokenValidator validator)
    : LocalBearerHandler(options, logger, encoder, validator, TokenUse.Refresh);
