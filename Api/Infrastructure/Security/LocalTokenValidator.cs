using System.Security.Claims;
using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// The one definition of a valid local token, shared by the bearer schemes (as their token handler), the OAuth
/// token endpoint and logout: <see cref="Hs256TokenReader"/> checks header, signature, <c>exp</c>, <c>nbf</c> and
/// <c>iss</c>; <see cref="TokenAcceptance"/> the token's use, <c>iat</c>, subject and revocation.
/// </summary>
public sealed class LocalTokenValidator(JwtSigningKeys keys, TokenAcceptance acceptance, TimeProvider time, IOptionsMonitor<CoreOptions> options)
    : ILocalTokenValidator
{
    public const int MaxTokenBytes = Hs256TokenReader.MaxTokenBytes;

    /// <summary>The claims of a token valid for <paramref name="use"/>; null and a reason otherwise.</summary>
    public VerifiedClaims? Validate(string token, TokenUse use, out string? failure)
    {
        var claims = Hs256TokenReader.Verify(token, subject => keys.Signer(subject ?? ""), time.GetUtcNow().ToUnixTimeSeconds(),
            options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds, out failure);
        if (claims is null)
        {
            return null;
        }

        var presented = new PresentedToken(claims.Subject, claims.UseFor, claims.IssuedAt, claims.HasIssuedAt) { Id = claims.Id };
        if (acceptance.Check(presented, use) is { } rejection)
        {
            failure = rejection.ToString();
            return null;
        }

        return claims;
    }

    public Task<ValidatedToken?> ValidateAsync(string token, TokenUse use) =>
        Task.FromResult(Validate(token, use, out _) is { } claims
            ? new ValidatedToken(claims.Subject!, claims.Id, DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt))
            : null);

    /// <summary>The token handler of the bearer scheme for <paramref name="use"/>.</summary>
    public TokenHandler HandlerFor(TokenUse use) => new BearerTokenHandler(this, use);

    /// <summary>Plugs the validator into JwtBearer, which asks its token handlers for a verdict and an identity.</summary>
    private sealed class BearerTokenHandler(LocalTokenValidator validator, TokenUse use) : TokenHandler
    {
        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            if (validator.Validate(token, use, out var failure) is not { } claims)
            {
                return Task.FromResult(new TokenValidationResult { IsValid = false, Exception = new SecurityTokenValidationException($"Token refused: {failure}") });
            }

            var identity = new ClaimsIdentity(
                [
                    new Claim("sub", claims.Subject!),
                    new Claim("usefor", claims.UseFor!),
                    new Claim("exp", claims.ExpiresAt.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    .. claims.Id is null ? Array.Empty<Claim>() : [new Claim("jti", claims.Id)],
                ],
                authenticationType: "Bearer",
                nameType: "sub",
                roleType: null);
            return Task.FromResult(new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = identity,
                SecurityToken = new VerifiedToken(claims),
                Issuer = TokenClaims.Realm,
            });
        }
    }

    private sealed class VerifiedToken(VerifiedClaims claims) : SecurityToken
    {
        public override string Id => claims.Id ?? "";

        public override string Issuer => TokenClaims.Realm;

        public override SecurityKey? SecurityKey => null;

        public override SecurityKey? SigningKey { get; set; }

        public override DateTime ValidFrom => DateTime.MinValue;

        public override DateTime ValidTo => DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt).UtcDateTime;
    }
}
