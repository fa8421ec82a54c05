using CoreApi.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// Checks an Auth0 access token strictly, where datarhei is loose: signature first (with the key its <c>kid</c>
/// names, of an algorithm that matches the key: RS256 or ES256), then <c>exp</c> (required), <c>nbf</c>, issuer,
/// <c>aud</c> (must contain the tenant's audience), <c>azp</c> (must be the tenant's client id when one is set) and
/// only then whether <c>sub</c> may log in — so nobody can probe the users list with unsigned tokens.
/// </summary>
public sealed class Auth0TokenValidator(Auth0KeySets keySets, IOptionsMonitor<CoreOptions> options, ILogger<Auth0TokenValidator> logger)
    : IAuth0TokenValidator
{
    /// <summary>The longest Auth0 token read; real ones are 1–2 KB.</summary>
    public const int MaxTokenBytes = 8192;

    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false, MaximumTokenSizeInBytes = MaxTokenBytes };

    public async Task<Auth0Validation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var auth0 = options.CurrentValue.Api.Auth.Auth0;
        if (token.Length > MaxTokenBytes || !Handler.CanReadToken(token))
        {
            return Auth0Validation.Refused("malformed token");
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException or FormatException)
        {
            return Auth0Validation.Refused("malformed token");
        }

        // Read before the signature only to pick the tenant and the key; nothing here is trusted yet.
        var issuer = ReadString(() => unverified.Issuer);
        var tenant = auth0.Tenants.FirstOrDefault(t => Auth0Domain.Issuer(t.Domain, auth0.AllowLoopbackHttp) == issuer);
        if (tenant is null)
        {
            return Auth0Validation.Refused("the issuer is not a configured Auth0 tenant");
        }

        var keyId = ReadString(() => unverified.TryGetHeaderValue<string>("kid", out var kid) ? kid : null);
        if (string.IsNullOrEmpty(keyId))
        {
            return Auth0Validation.Refused("the token names no signing key (kid)");
        }

        var key = await FindKeyAsync(issuer!, keyId, cancellationToken);
        if (key.Failure is not null)
        {
            return Auth0Validation.Refused(key.Failure);
        }

        if (!string.IsNullOrEmpty(key.Key!.Alg) && key.Key.Alg != unverified.Alg)
        {
            return Auth0Validation.Refused("the token's algorithm does not match its key");
        }

        var result = await Handler.ValidateTokenAsync(token, Parameters(issuer!, tenant, key.Key));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken verified)
        {
            return Auth0Validation.Refused(Describe(result.Exception));
        }

        return CheckClaims(verified, tenant);
    }

    private TokenValidationParameters Parameters(string issuer, Auth0TenantOptions tenant, JsonWebKey key) => new()
    {
        ValidIssuer = issuer,
        ValidateIssuer = true,
        ValidAudience = tenant.Audience,
        ValidateAudience = true,
        RequireAudience = true,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds),
    };

    private static Auth0Validation CheckClaims(JsonWebToken token, Auth0TenantOptions tenant)
    {
        if (tenant.ClientId.Length > 0 && ReadString(() => token.TryGetPayloadValue<string>("azp", out var azp) ? azp : null) != tenant.ClientId)
        {
            return Auth0Validation.Refused("the token was issued to another client (azp)");
        }

        var subject = ReadString(() => token.TryGetPayloadValue<string>("sub", out var sub) ? sub : null);
        if (string.IsNullOrEmpty(subject))
        {
            return Auth0Validation.Refused("the token has no subject");
        }

        return tenant.Users.Contains(subject, StringComparer.Ordinal)
            ? Auth0Validation.Accepted(subject)
            : Auth0Validation.Refused("the user is not allowed to log in");
    }

    private async Task<(JsonWebKey? Key, string? Failure)> FindKeyAsync(string issuer, string keyId, CancellationToken cancellationToken)
    {
        try
        {
            var key = Find(await keySets.GetAsync(issuer, cancellationToken), keyId);
            if (key is null)
            {
                // Perhaps the tenant rotated its keys: ask again (the floor keeps a flood of unknown kids cheap).
                keySets.RequestRefresh(issuer);
                key = Find(await keySets.GetAsync(issuer, cancellationToken), keyId);
            }

            return key is null ? (null, "the signing key (kid) is unknown to the tenant") : (key, null);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException or ArgumentException)
        {
            logger.LogWarning("Auth0 keys of {Issuer} are unavailable: {Reason}", issuer, e.Message);
            return (null, "the tenant's signing keys are unavailable; try again later");
        }
    }

    private static JsonWebKey? Find(JsonWebKeySet keys, string keyId) =>
        keys.Keys.FirstOrDefault(k => k.Kid == keyId && k.Use is null or "" or "sig");

    // IdentityModel converts claims lazily; a claim of an unexpected JSON type must read as "absent", not crash.
    private static string? ReadString(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or System.Text.Json.JsonException or SecurityTokenException)
        {
            return null;
        }
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet (nbf)",
        SecurityTokenNoExpirationException => "the token has no expiry (exp)",
        SecurityTokenInvalidAudienceException => "the token is not for this API (aud)",
        SecurityTokenInvalidIssuerException => "the token's issuer is wrong",
        SecurityTokenInvalidAlgorithmException => "the token's algorithm is not accepted (RS256 or ES256)",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        _ => "the token is invalid",
    };
}
