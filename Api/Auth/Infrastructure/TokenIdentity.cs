using System.Security.Claims;

namespace CoreApi.Auth;

/// <summary>
/// The identity of a verified local token: its subject as the name, its <c>sub</c>, <c>usefor</c> and <c>jti</c> as
/// claims, and the <see cref="ValidatedToken"/> itself, so that an endpoint (refresh) reads what was verified instead of
/// rebuilding it from claim strings.
/// </summary>
public sealed class TokenIdentity : ClaimsIdentity
{
    public TokenIdentity(ValidatedToken token, string use) : base(authenticationType: "Bearer", nameType: "sub", roleType: null)
    {
        Token = token;
        AddClaim(new Claim("sub", token.Subject));
        AddClaim(new Claim("usefor", use));
        if (token.Id is not null)
        {
            AddClaim(new Claim("jti", token.Id));
        }
    }

    private TokenIdentity(TokenIdentity other) : base(other) => Token = other.Token;

    public ValidatedToken Token { get; }

    // The framework clones principals (AuthenticateResult.Clone); the clone keeps the token.
    public override ClaimsIdentity Clone() => new TokenIdentity(this);
}
