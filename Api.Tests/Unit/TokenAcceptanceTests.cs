using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class TokenAcceptanceTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private static TokenAcceptance Create(bool active)
    {
        var users = Mock.Of<IUserDirectory>(u => u.IsActive(It.IsAny<string>()) == active);
        return new TokenAcceptance(users, Mock.Of<ITokenRevocations>(), Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));
    }

    [TestMethod]
    public void ATokenOfAnActiveUserIsAccepted()
    {
        Assert.IsNull(Create(active: true).Check(new PresentedToken("admin", "access", Time.GetUtcNow().ToUnixTimeSeconds(), true), TokenUse.Access, Time.GetUtcNow()));
    }

    [TestMethod]
    public void ATokenOfARemovedUserIsRefused()
    {
        Assert.AreEqual(TokenRejection.UnknownSubject, Create(active: false).Check(new PresentedToken("gone", "access", null, false), TokenUse.Access, Time.GetUtcNow()));
    }

    [TestMethod]
    public void TheUseIsCheckedBeforeTheUserDirectoryIsAsked()
    {
        Assert.AreEqual(TokenRejection.WrongUse, Create(active: false).Check(new PresentedToken("gone", "refresh", null, false), TokenUse.Access, Time.GetUtcNow()));
    }
}
