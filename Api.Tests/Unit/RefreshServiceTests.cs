using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Storage;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>Refresh and rotation, over a real revocation store in a temporary SQLite file and a fake clock.</summary>
[TestClass]
public sealed class RefreshServiceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly CoreOptions options = new() { Db = { Dir = TempDirectory.Create() } };
    private readonly Mock<ITokenIssuer> issuer = new();
    private SqliteTokenRevocations revocations = null!;

    private RefreshService Create()
    {
        issuer.Setup(i => i.Issue(It.IsAny<TokenClaims>())).Returns((TokenClaims c) => new IssuedToken("jwt", c));
        revocations = new SqliteTokenRevocations(new SqliteDatabase(new DataDirectory(Options.Create(options))), time);
        return new RefreshService(issuer.Object, revocations, time, new AuditLog(NullLoggerFactory.Instance), Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == options));
    }

    private ValidatedToken Login() => new("admin", Guid.NewGuid().ToString(), time.GetUtcNow().AddDays(1));

    private static ValidatedToken AsPresented(IssuedToken token) =>
        new(token.Claims.Subject, token.Claims.Id.ToString(), DateTimeOffset.FromUnixTimeSeconds(token.Claims.ExpiresAt));

    [TestMethod]
    public void WithoutRotationARefreshIssuesAnAccessTokenOnly()
    {
        var result = Create().Refresh(Login());

        Assert.AreEqual(TokenUse.Access, result.Access!.Claims.Use);
        Assert.AreEqual("admin", result.Access.Claims.Subject);
        Assert.IsNull(result.Refresh);
    }

    [TestMethod]
    public void WithRotationEachRefreshAlsoIssuesARefreshTokenThatKeepsTheFamilysExpiry()
    {
        options.Api.Auth.Jwt.RotateRefresh = true;
        var service = Create();
        var login = Login();
        time.Advance(TimeSpan.FromHours(1));

        var next = service.Refresh(login).Refresh!;

        Assert.AreEqual(TokenUse.Refresh, next.Claims.Use);
        Assert.AreEqual(login.ExpiresAt.ToUnixTimeSeconds(), next.Claims.ExpiresAt, "rotation never extends the login");
        Assert.AreEqual(86400 - 3600, next.Claims.ExpiresIn);
        Assert.AreEqual(login.Id, revocations.FamilyOf(next.Claims.Id.ToString()));
    }

    [TestMethod]
    public void AUsedRefreshTokenStaysUsableDuringTheOverlap()
    {
        options.Api.Auth.Jwt.RotateRefresh = true;
        options.Api.Auth.Jwt.RotationOverlapSeconds = 30;
        var service = Create();
        var login = Login();
        service.Refresh(login);
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.IsNotNull(service.Refresh(login).Access);
    }

    [TestMethod]
    public void AReuseAfterTheOverlapRevokesTheWholeFamily()
    {
        options.Api.Auth.Jwt.RotateRefresh = true;
        options.Api.Auth.Jwt.RotationOverlapSeconds = 30;
        var service = Create();
        var login = Login();
        var rotated = service.Refresh(login).Refresh!;
        time.Advance(TimeSpan.FromSeconds(31));

        var reuse = service.Refresh(login);

        Assert.IsNull(reuse.Access);
        Assert.IsTrue(revocations.IsRevoked(login.Id!));
        Assert.IsTrue(revocations.IsRevoked(rotated.Claims.Id.ToString()), "the token rotation handed out is revoked with its family");
    }

    [TestMethod]
    public void RevocationsSurviveARestartOfTheStore()
    {
        Create();
        var id = Guid.NewGuid().ToString();
        revocations.Revoke(id, time.GetUtcNow().AddMinutes(10));

        var reopened = new SqliteTokenRevocations(new SqliteDatabase(new DataDirectory(Options.Create(options))), time);

        Assert.IsTrue(reopened.IsRevoked(id));
        Assert.IsFalse(reopened.IsRevoked(Guid.NewGuid().ToString()));
    }

    [TestMethod]
    public void ExpiredEntriesLeaveMemoryWhileTheServerRuns()
    {
        options.Api.Auth.Jwt.RotateRefresh = true;
        var service = Create();
        var login = Login();
        var revokedId = Guid.NewGuid().ToString();
        revocations.Revoke(revokedId, time.GetUtcNow().AddMinutes(10));
        var rotated = service.Refresh(login).Refresh!;
        time.Advance(TimeSpan.FromDays(2));

        revocations.Revoke(Guid.NewGuid().ToString(), time.GetUtcNow().AddMinutes(10));

        Assert.IsFalse(revocations.IsRevoked(revokedId));
        Assert.AreEqual(rotated.Claims.Id.ToString(), revocations.FamilyOf(rotated.Claims.Id.ToString()), "the expired family link is gone");
    }

    [TestMethod]
    public void ExpiredRevocationsAreForgottenOnRestart()
    {
        Create();
        var id = Guid.NewGuid().ToString();
        revocations.Revoke(id, time.GetUtcNow().AddMinutes(10));
        time.Advance(TimeSpan.FromMinutes(11));

        var reopened = new SqliteTokenRevocations(new SqliteDatabase(new DataDirectory(Options.Create(options))), time);

        Assert.IsFalse(reopened.IsRevoked(id));
    }
}
