using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Storage;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>A token verified once is not verified again, and yet every check that can change still applies to it.</summary>
[TestClass]
public sealed class VerifiedTokenCacheTests
{
    // IdentityModel checks a token's lifetime against the system clock on first sight, so the test clock starts there.
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly Mock<ITokenRevocations> revocations = new();
    private readonly VerifiedTokenCache cache = new();
    private CoreOptions options = Options("password");
    private LocalTokenValidator validator = null!;
    private JwtTokenIssuer issuer = null!;
    private JwtSigningKeys keys = null!;

    [TestInitialize]
    public void Create()
    {
        var monitor = new Mock<IOptionsMonitor<CoreOptions>>();
        monitor.SetupGet(m => m.CurrentValue).Returns(() => options);
        var settings = new SqliteSettingStore(new SqliteDatabase(new DataDirectory(Microsoft.Extensions.Options.Options.Create(options))));
        keys = new JwtSigningKeys(monitor.Object, settings);
        issuer = new JwtTokenIssuer(keys);
        var acceptance = new TokenAcceptance(new ConfiguredUserDirectory(monitor.Object), revocations.Object, monitor.Object);
        validator = new LocalTokenValidator(keys, acceptance, cache, time, monitor.Object);
    }

    private static CoreOptions Options(string password) => new()
    {
        Db = { Dir = TempDirectory.Create() },
        Api = { Auth = { Username = "admin", Password = password, Jwt = { Secret = "secret" } } },
    };

    private string Issue(TokenUse use = TokenUse.Access) => issuer.Issue(TokenClaims.Issue("admin", use, time.GetUtcNow())).Jwt;

    private async Task<string?> FailureOf(string token, TokenUse use = TokenUse.Access)
    {
        var check = await validator.CheckAsync(token, use);
        Assert.AreEqual(check.Token is null, check.Failure is not null, "a token is either verified or refused with a reason");
        return check.Failure;
    }

    [TestMethod]
    public async Task AValidTokenIsRememberedAndAcceptedAgain()
    {
        var token = Issue();

        Assert.IsNull(await FailureOf(token));
        Assert.AreEqual(1, cache.Count);
        Assert.IsTrue(cache.TryGet(token, out var first));
        Assert.IsNull(await FailureOf(token));
        Assert.AreEqual(1, cache.Count);
        Assert.IsTrue(cache.TryGet(token, out var second));
        Assert.AreSame(first, second, "the second request used what the first one verified");
    }

    [TestMethod]
    public async Task ARefusedTokenIsNotRemembered()
    {
        var token = Issue();

        Assert.AreEqual("invalid signature", await FailureOf(token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA")));
        Assert.AreEqual("malformed token", await FailureOf("not.a.token"));
        Assert.AreEqual(0, cache.Count);
    }

    [TestMethod]
    public async Task ATokenThatDiffersFromARememberedOneIsNotFound()
    {
        var token = Issue();
        Assert.IsNull(await FailureOf(token));
        var altered = token[..40] + (token[40] == 'A' ? 'B' : 'A') + token[41..];

        Assert.IsFalse(cache.TryGet(altered, out _));
        Assert.IsNotNull(await FailureOf(altered));
        Assert.IsTrue(cache.TryGet(token, out _));
    }

    [TestMethod]
    public async Task ARememberedTokenIsRefusedOnceItExpires()
    {
        var token = Issue();
        Assert.IsNull(await FailureOf(token));

        time.Advance(TimeSpan.FromDays(1));

        Assert.AreEqual("expired", await FailureOf(token));
        Assert.AreEqual(0, cache.Count, "an expired token is forgotten");
    }

    [TestMethod]
    public async Task ARememberedTokenIsRefusedOnceThePasswordChanges()
    {
        var token = Issue();
        Assert.IsNull(await FailureOf(token));

        options = Options("new-password");

        Assert.AreEqual("invalid signature", await FailureOf(token));
    }

    [TestMethod]
    public async Task ATokenStillValidAfterASettingsChangeIsRememberedWithTheNewKey()
    {
        var token = Issue();
        Assert.IsNull(await FailureOf(token));

        options = Options("password"); // reloaded settings, same password: new key objects, same key bytes
        Assert.IsNull(await FailureOf(token));

        Assert.IsTrue(cache.TryGet(token, out var verified));
        Assert.AreSame(keys.KeyFor("admin"), verified.Key, "otherwise the token would be verified in full on every request from now on");
        Assert.AreEqual(1, cache.Count);
    }

    [TestMethod]
    public async Task ARememberedTokenIsRefusedAndForgottenOnceRevoked()
    {
        var token = Issue();
        Assert.IsNull(await FailureOf(token));

        revocations.Setup(r => r.IsRevoked(It.IsAny<string>())).Returns(true);

        Assert.AreEqual(nameof(TokenRejection.Revoked), await FailureOf(token));
        Assert.AreEqual(0, cache.Count);
    }

    [TestMethod]
    public async Task ARememberedRefreshTokenIsStillNoAccessToken()
    {
        var token = Issue(TokenUse.Refresh);
        Assert.IsNull(await FailureOf(token, TokenUse.Refresh));

        Assert.AreEqual(nameof(TokenRejection.WrongUse), await FailureOf(token, TokenUse.Access));
        Assert.IsNull(await FailureOf(token, TokenUse.Refresh), "still the refresh token it was");
    }

    [TestMethod]
    public void AFullCacheMakesRoomByForgettingExpiredTokensAndOtherwiseStopsGrowing()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(0);
        var expired = Verified(start.AddSeconds(100));
        for (var i = 0; i < VerifiedTokenCache.Capacity; i++)
        {
            cache.Add($"expired-{i}", expired, start.AddSeconds(50));
        }

        cache.Add("one-more-live", Verified(start.AddSeconds(1000)), start.AddSeconds(50));
        Assert.AreEqual(VerifiedTokenCache.Capacity, cache.Count, "full of live tokens: not stored");
        Assert.IsFalse(cache.TryGet("one-more-live", out _));

        cache.Add("after-expiry", Verified(start.AddSeconds(1000)), start.AddSeconds(200));
        Assert.AreEqual(1, cache.Count, "the expired ones made room");
        Assert.IsTrue(cache.TryGet("after-expiry", out _));
    }

    private static VerifiedToken Verified(DateTimeOffset expiresAt) =>
        new(new JsonWebToken("{}", "{}"), new VerifiedClaims("admin", "access", 0, true, null, expiresAt), new SymmetricSecurityKey(new byte[32]));
}
