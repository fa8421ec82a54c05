
namespace CoreApi.Auth;

/// <summary>Signs claims into a JWT.</summary>
public interface ITokenIssuer
{
    IssuedToken Issue(TokenClaims claims);
}
