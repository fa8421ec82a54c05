using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Domain;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// The one definition of a valid local token, shared by the bearer schemes (<see cref="LocalBearerHandler"/>), the OAuth
/// token endpoint and logout: <see cref="Hs256TokenReader"/> checks header, signature, <c>exp</c>, <c>nbf</c> and
/// <c>iss</c>; <see cref="TokenAcceptance"/> the token's use, <c>iat</c>, subject and revocation. A token verified before is
/// found in <see cref="VerifiedTokenCache"/> instead of being verified again; every other check still runs.
/// </summary>
public sealed class LocalTokenValidator(
    JwtSigningKeys keys, TokenAcceptance acceptance, VerifiedTokenCache cache, TimeProvider time, IOptionsMonitor<CoreOptions> options)
    : ILocalTokenValidator
{
    public const int MaxTokenBytes = Hs256TokenReader.MaxTokenBytes;

    /// <summary>The claims of a token valid for <paramref name="use"/>; null and a reason otherwise.</summary>
    public VerifiedClaims? Validate(string token, TokenUse use, out string? failure)
    {
        var now = time.GetUtcNow();
        var skew = options.CurrentValue.Api.Auth.Jwt.ClockSkewSeconds;
        var claims = Verified(token, now.ToUnixTimeSeconds(), skew, out failure);
        if (claims is null)
        {
            return null;
        }

        var presented = new PresentedToken(claims.Subject, claims.UseFor, claims.IssuedAt, claims.HasIssuedAt) { Id = claims.Id };
        if (acceptance.Check(presented, use, now) is { } rejection)
        {
            failure = rejection.ToString();
            return null;
        }

        return claims;
    }

    // Signature, header and issuer from the cache when this token was verified before with its subject's current
    // key; the lifetime is checked again either way.
    private VerifiedClaims? Verified(string token, long now, long skew, out string? failure)
    {
        if (cache.TryGet(token, out var known, out var knownSigner) && ReferenceEquals(knownSigner, keys.Signer(known.Subject)))
        {
            failure = Hs256TokenReader.LifetimeFailure(known, now, skew);
            if (failure is null)
            {
                return known;
            }

            cache.Remove(token);
            return null;
        }

        var claims = Hs256TokenReader.Verify(token, keys, now, skew, out var signer, out failure);
        if (claims is not null)
        {
            cache.Add(token, claims, signer!, now);
        }

        return claims;
    }

    public Task<ValidatedToken?> ValidateAsync(string token, TokenUse use) =>
        Task.FromResult(Validate(token, use, out _) is { } claims
            ? new ValidatedToken(claims.Subject!, claims.Id, DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt))
            : null);
}
