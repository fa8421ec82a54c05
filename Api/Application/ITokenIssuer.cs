using CoreApi.Domain;

namespace CoreApi.Application;

/// <summary>Signs claims into a JWT.</summary>
public interface ITokenIssuer
{
    IssuedToken Issue(TokenClaims claims);
}
