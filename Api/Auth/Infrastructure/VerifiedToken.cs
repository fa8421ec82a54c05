using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>A token whose signature, header, issuer and claim shape have been verified, with the key that verified it.</summary>
public sealed record VerifiedToken(JsonWebToken Token, VerifiedClaims Claims, SecurityKey Key)
{
    /// <summary>What the application services need of it (its subject is known to be set once it is accepted).</summary>
    public ValidatedToken ToValidated() => new(Claims.Subject!, Claims.Id, Claims.ExpiresAt);
}
