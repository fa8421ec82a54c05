using CoreApi.Auth;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class TokenClaimsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void AnAccessTokenLives600Seconds()
    {
        var claims = TokenClaims.Issue("admin", TokenUse.Access, Now);

        Assert.AreEqual(Now.ToUnixTimeSeconds(), claims.IssuedAt);
        Assert.AreEqual(600, claims.ExpiresIn);
        Assert.AreEqual(Now.ToUnixTimeSeconds() + 600, claims.ExpiresAt);
    }

    [TestMethod]
    public void ARefreshTokenLivesOneDay()
    {
        var claims = TokenClaims.Issue("admin", TokenUse.Refresh, Now);

        Assert.AreEqual(86400, claims.ExpiresIn);
        Assert.AreEqual(Now.ToUnixTimeSeconds() + 86400, claims.ExpiresAt);
    }

    [TestMethod]
    public void IssuerIsTheDatarheiRealm()
    {
        Assert.AreEqual("datarhei-core", TokenClaims.Issue("admin", TokenUse.Access, Now).Issuer);
    }

    [TestMethod]
    public void EveryTokenGetsItsOwnId()
    {
        Assert.AreNotEqual(TokenClaims.Issue("admin", TokenUse.Access, Now).Id, TokenClaims.Issue("admin", TokenUse.Access, Now).Id);
    }

    [TestMethod]
    public void ATokenNeedsASubject()
    {
        Assert.ThrowsExactly<ArgumentException>(() => TokenClaims.Issue("", TokenUse.Access, Now));
    }

    [TestMethod]
    public void APairIsOneAccessAndOneRefreshTokenOfOneSubjectAndInstant()
    {
        IssuedToken Token(string subject, TokenUse use, DateTimeOffset at) => new("jwt", TokenClaims.Issue(subject, use, at));

        _ = new TokenPair(Token("admin", TokenUse.Access, Now), Token("admin", TokenUse.Refresh, Now));
        Assert.ThrowsExactly<ArgumentException>(() => new TokenPair(Token("admin", TokenUse.Refresh, Now), Token("admin", TokenUse.Access, Now)));
        Assert.ThrowsExactly<ArgumentException>(() => new TokenPair(Token("admin", TokenUse.Access, Now), Token("other", TokenUse.Refresh, Now)));
        Assert.ThrowsExactly<ArgumentException>(() => new TokenPair(Token("admin", TokenUse.Access, Now), Token("admin", TokenUse.Refresh, Now.AddSeconds(1))));
    }

    [TestMethod]
    [DataRow("access", TokenUse.Access)]
    [DataRow("refresh", TokenUse.Refresh)]
    public void UseNamesRoundTrip(string name, TokenUse use)
    {
        Assert.AreEqual(name, use.ToClaimValue());
        Assert.AreEqual(use, TokenUseNames.FromClaimValue(name));
    }

    [TestMethod]
    [DataRow("Access")]
    [DataRow("ACCESS")]
    [DataRow(" access")]
    [DataRow("")]
    [DataRow(null)]
    public void UseNamesMatchExactly(string? name)
    {
        Assert.IsNull(TokenUseNames.FromClaimValue(name));
    }
}
