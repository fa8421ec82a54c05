using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// The one definition of a valid local token, shared by the bearer schemes and the OAuth token endpoint:
/// the token handler checks signature, algorithm, issuer and lifetime; <see cref="TokenAcceptance"/> the rest.
/// </summary>
public sealed class LocalTokenValidator(JwtSigningKeys keys, TokenAcceptance acceptance, IOptionsMonitor<CoreOptions> options)
    : ILocalTokenValidator
{
    /// <summary>The longest token accepted, in bytes; ours are about 300. Longer ones are refused unread.</summary>
    public const int MaxTokenBytes = 4096;

    public JsonWebTokenHandler Handler { get; } = new() { MapInboundClaims = false, MaximumTokenSizeInBytes = MaxTokenBytes };

    private TokenValidationParameters? parameters;

    /// <summary>
    /// One shared, read-only parameter set (created per call it cost an allocation and a delegate per request);
    /// built again only when the clock skew setting changes.
    /// </summary>
    public TokenValidationParameters Parameters
    {
        get
        {
            var skew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds);
            var current = parameters;
            if (current is null || current.ClockSkew != skew)
            {
                current = CreateParameters(skew);
                parameters = current;
            }

            return current;
        }
    }

    private TokenValidationParameters CreateParameters(TimeSpan clockSkew) => new()
    {
        ValidIssuer = TokenClaims.Realm,
        ValidateIssuer = true,
        ValidateAudience = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        // Resolved per token so a changed password or secret takes effect without a restart.
        // Resolved per token: the key of its subject, from the current settings, so a changed password ends
        // that user's tokens without a restart. The unverified sub only picks the key; the signature decides.
        IssuerSigningKeyResolver = (_, token, _, _) => [keys.For(token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("sub", out var sub) ? sub : "")],
        ClockSkew = clockSkew,
        NameClaimType = "sub",
    };

    /// <summary>JOSE headers that point at keys (RFC 7515 §4.1.2–4.1.6). We never issue them; a token carrying one is forged.</summary>
    private static readonly string[] KeyReferenceHeaders = ["kid", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit"];

    /// <summary>The checks after the token handler's; null when the token is acceptable for <paramref name="use"/>.</summary>
    public TokenRejection? Check(JsonWebToken token, TokenUse use) =>
        KeyReferenceHeaders.Any(header => token.TryGetHeaderValue<object>(header, out _))
            ? TokenRejection.KeyReferenceHeader
            : CheckClaims(token, use);

    private TokenRejection? CheckClaims(JsonWebToken token, TokenUse use) => acceptance.Check(
        new PresentedToken(
            token.TryGetPayloadValue<string>("sub", out var sub) ? sub : null,
            token.TryGetPayloadValue<string>("usefor", out var useFor) ? useFor : null,
            token.TryGetPayloadValue<long>("iat", out var iat) ? iat : null,
            token.TryGetPayloadValue<object>("iat", out _))
        {
            Id = token.TryGetPayloadValue<string>("jti", out var jti) ? jti : null,
        },
        use);

    public async Task<ValidatedToken?> ValidateAsync(string token, TokenUse use)
    {
        var result = await Handler.ValidateTokenAsync(token, Parameters);
        return result.IsValid && result.SecurityToken is JsonWebToken jwt && Check(jwt, use) is null
            ? new ValidatedToken(jwt.Subject, jwt.Id.Length > 0 ? jwt.Id : null, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero))
            : null;
    }
}
