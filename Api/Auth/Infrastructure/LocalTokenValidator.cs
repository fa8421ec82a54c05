using CoreApi.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// The one definition of a valid local token, shared by the bearer schemes (<see cref="BearerTokenHandler"/>), the
/// OAuth token endpoint and logout. IdentityModel's <see cref="JsonWebTokenHandler"/> verifies it under strict
/// parameters: HS256 only, signed, <c>exp</c> required, <c>exp</c> / <c>nbf</c> with the configured skew, <c>iss</c> the
/// realm, the key chosen by the (unverified) <c>sub</c> and then proven by the signature. <see cref="TokenShape"/> refuses
/// what the library would let through; <see cref="TokenAcceptance"/> checks use, <c>iat</c>, subject and revocation.
/// A token verified before comes from <see cref="VerifiedTokenCache"/>; its expiry and acceptance are checked again.
/// </summary>
public sealed class LocalTokenValidator(
    JwtSigningKeys keys, TokenAcceptance acceptance, VerifiedTokenCache cache, TimeProvider time, IOptionsMonitor<CoreOptions> options)
    : ILocalTokenValidator
{
    /// <summary>Tokens longer than this are refused unread; ours are about 300 bytes.</summary>
    public const int MaxTokenBytes = 4096;

    private readonly JsonWebTokenHandler handler = new() { MaximumTokenSizeInBytes = MaxTokenBytes, MapInboundClaims = false };
    private volatile TokenValidationParameters? parameters;

    /// <summary>Strict parameters for <paramref name="clockSkew"/>, made once per skew setting, not per token.</summary>
    private TokenValidationParameters ParametersFor(TimeSpan clockSkew)
    {
        var current = parameters;
        if (current is null || current.ClockSkew != clockSkew)
        {
            parameters = current = Parameters(clockSkew);
        }

        return current;
    }

    // The key follows the token's (unverified) subject; the signature then proves it.
    private TokenValidationParameters Parameters(TimeSpan clockSkew) => new()
    {
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = clockSkew,
        ValidateIssuer = true,
        ValidIssuer = TokenClaims.Realm,
        ValidateAudience = false, // datarhei's tokens carry none
        IssuerSigningKeyResolver = (_, token, _, _) => [keys.KeyFor(SubjectOf(token))],
        TryAllIssuerSigningKeys = false,
        SaveSigninToken = false,
    };

    public async Task<TokenCheck> CheckAsync(string token, TokenUse use)
    {
        var now = time.GetUtcNow();
        var skew = TimeSpan.FromSeconds(options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds);
        VerifiedToken verified;
        if (cache.TryGet(token, out var known) && ReferenceEquals(known.Key, keys.KeyFor(known.Claims.Subject)))
        {
            if (known.Claims.ExpiresAt + skew < now)
            {
                cache.Remove(token);
                return TokenCheck.Refused("expired");
            }

            verified = known;
        }
        else
        {
            var check = await VerifyAsync(token, skew);
            if (check.Token is not { } fresh)
            {
                return check;
            }

            verified = fresh;
            cache.Add(token, verified, now);
        }

        if (acceptance.Check(verified.Claims.ToPresented(), use, now) is { } rejection)
        {
            if (rejection != TokenRejection.WrongUse)
            {
                cache.Remove(token); // revoked, or its subject gone: it will not be accepted again
            }

            return TokenCheck.Refused(rejection.ToString());
        }

        return new TokenCheck(verified, null);
    }

    private async Task<TokenCheck> VerifyAsync(string token, TimeSpan skew)
    {
        // RFC 7515 §2: each part is base64url *without* padding; datarhei refuses '=' and so do we.
        if (token.Length > MaxTokenBytes || token.Contains('='))
        {
            return TokenCheck.Refused("malformed token");
        }

        var result = await handler.ValidateTokenAsync(token, ParametersFor(skew));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return TokenCheck.Refused(ReasonOf(result.Exception));
        }

        if (!TokenShape.HeaderIsAccepted(jwt))
        {
            return TokenCheck.Refused(TokenShape.HeaderRule);
        }

        return TokenShape.ReadClaims(jwt) is { } claims
            ? new TokenCheck(new VerifiedToken(jwt, claims, keys.KeyFor(claims.Subject)), null)
            : TokenCheck.Refused("malformed claims");
    }

    public async Task<ValidatedToken?> ValidateAsync(string token, TokenUse use) =>
        await CheckAsync(token, use) is { Token: { } verified } ? verified.ToValidated() : null;

    private static string? SubjectOf(SecurityToken token) =>
        token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("sub", out var subject) ? subject : null;

    // A few fixed reasons, never the library's message (it may quote the token).
    private static string ReasonOf(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not valid yet (nbf)",
        SecurityTokenNoExpirationException => "no exp",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAlgorithmException => TokenShape.HeaderRule,
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "invalid signature",
        _ => "malformed token",
    };
}
