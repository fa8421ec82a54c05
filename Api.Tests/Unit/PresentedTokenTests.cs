using CoreApi.Auth;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class PresentedTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly long NowSeconds = Now.ToUnixTimeSeconds();

    [TestMethod]
    public void AnAccessTokenIsAcceptedForAccess()
    {
        Assert.IsNull(new PresentedToken("admin", "access", NowSeconds, true).Check(TokenUse.Access, Now, TimeSpan.Zero));
    }

    [TestMethod]
    public void ARefreshTokenIsRefusedForAccessAndTheOtherWayRound()
    {
        Assert.AreEqual(TokenRejection.WrongUse, new PresentedToken("admin", "refresh", NowSeconds, true).Check(TokenUse.Access, Now, TimeSpan.Zero));
        Assert.AreEqual(TokenRejection.WrongUse, new PresentedToken("admin", "access", NowSeconds, true).Check(TokenUse.Refresh, Now, TimeSpan.Zero));
    }

    [TestMethod]
    public void ATokenWithoutUseIsRefused()
    {
        Assert.AreEqual(TokenRejection.WrongUse, new PresentedToken("admin", null, NowSeconds, true).Check(TokenUse.Access, Now, TimeSpan.Zero));
    }

    [TestMethod]
    public void ATokenWithoutSubjectIsRefused()
    {
        Assert.AreEqual(TokenRejection.MissingSubject, new PresentedToken("", "access", NowSeconds, true).Check(TokenUse.Access, Now, TimeSpan.Zero));
    }

    [TestMethod]
    public void ATokenIssuedInTheFutureIsRefusedBeyondTheSkew()
    {
        var token = new PresentedToken("admin", "access", NowSeconds + 30, true);

        Assert.AreEqual(TokenRejection.IssuedInTheFuture, token.Check(TokenUse.Access, Now, TimeSpan.Zero));
        Assert.IsNull(token.Check(TokenUse.Access, Now, TimeSpan.FromSeconds(30)));
    }

    [TestMethod]
    public void AnIssuedAtThatIsNotANumberIsRefused()
    {
        Assert.AreEqual(TokenRejection.MalformedIssuedAt, new PresentedToken("admin", "access", null, true).Check(TokenUse.Access, Now, TimeSpan.Zero));
    }

    [TestMethod]
    public void ATokenWithoutIssuedAtIsAccepted()
    {
        Assert.IsNull(new PresentedToken("admin", "access", null, false).Check(TokenUse.Access, Now, TimeSpan.Zero));
    }
}
