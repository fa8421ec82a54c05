using CoreApi.Application;
using CoreApi.Configuration;
using CoreApi.Domain;
using CoreApi.Infrastructure.Persistence;
using CoreApi.Infrastructure.Security;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>A token verified once is not verified again, and yet every check that can change still applies to it.</summary>
[TestClass]
public sealed class VerifiedTokenCacheTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<ITokenRevocations> revocations = new();
    private readonly VerifiedTokenCache cache = new();
    private CoreOptions options = Options("password");
    private LocalTokenValidator validator = null!;
    private HmacTokenIssuer issuer = null!;
    private JwtSigningKeys keys = null!;

    [TestInitialize]
    public void Create()
    {
        var monitor = new Mock<IOptionsMonitor<CoreOptions>>();
        monitor.SetupGet(m => m.CurrentValue).Returns(() => options);
        var settings = new SqliteSettingStore(new SqliteDatabase(new DataDirectory(Microsoft.Extensions.Options.Options.Create(options))));
        keys = new JwtSigningKeys(monitor.Object, settings);
        issuer = new HmacTokenIssuer(keys);
        var acceptance = new TokenAcceptance(new ConfiguredUserDirectory(monitor.Object), revocations.Object, monitor.Object);
        validator = new LocalTokenValidator(keys, acceptance, cache, time, monitor.Object);
    }

    private static CoreOptions Options(string password) => new()
    {
        Db = { Dir = TempDirectory.Create() },
        Api = { Auth = { Username = "admin", Password = password, Jwt = { Secret = "secret" } } },
    };

    private string Issue(TokenUse use = TokenUse.Access) => issuer.Issue(TokenClaims.Issue("admin", use, time.GetUtcNow())).Jwt;

    [TestMethod]
    public void AValidTokenIsRememberedAndAcceptedAgain()
    {
        var token = Issue();

        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out var first), first);
        Assert.AreEqual(1, cache.Count);
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out var second), second);
        Assert.AreEqual(1, cache.Count);
    }

    [TestMethod]
    public void ARefusedTokenIsNotRemembered()
    {
        var token = Issue();

        Assert.IsNull(validator.Validate(token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA"), TokenUse.Access, out _));
        Assert.IsNull(validator.Validate("not.a.token", TokenUse.Access, out _));
        Assert.AreEqual(0, cache.Count);
    }

    [TestMethod]
    public void ATokenThatDiffersFromARememberedOneOnlyBeforeItsSignatureIsNotFound()
    {
        var token = Issue();
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out _));
        var altered = token[..40] + (token[40] == 'A' ? 'B' : 'A') + token[41..];

        Assert.AreEqual(
            VerifiedTokenCache.SignatureComparer.Instance.GetHashCode(token), VerifiedTokenCache.SignatureComparer.Instance.GetHashCode(altered),
            "the hash reads the signature only");
        Assert.IsFalse(cache.TryGet(altered, out _, out _));
        Assert.IsNull(validator.Validate(altered, TokenUse.Access, out _));
        Assert.IsTrue(cache.TryGet(token, out _, out _));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("x")]
    [DataRow("sixteen-chars-ab")]
    [DataRow("seventeen-chars-a")]
    public void AnyStringCanBeLookedUpWhateverItsLength(string token)
    {
        Assert.IsFalse(cache.TryGet(token, out _, out _));
        Assert.AreEqual(
            VerifiedTokenCache.SignatureComparer.Instance.GetHashCode(token), VerifiedTokenCache.SignatureComparer.Instance.GetHashCode(new string(token)));
    }

    [TestMethod]
    public void TheSignaturesOfManyTokensSpreadOverManyHashes()
    {
        var hashes = new HashSet<int>();
        for (var i = 0; i < 1000; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            hashes.Add(VerifiedTokenCache.SignatureComparer.Instance.GetHashCode(Issue()));
        }

        Assert.IsGreaterThanOrEqualTo(999, hashes.Count);
    }

    [TestMethod]
    public void ARememberedTokenIsRefusedOnceItExpires()
    {
        var token = Issue();
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out _));

        time.Advance(TimeSpan.FromDays(1));

        Assert.IsNull(validator.Validate(token, TokenUse.Access, out var failure));
        Assert.AreEqual("expired", failure);
        Assert.AreEqual(0, cache.Count, "an expired token is forgotten");
    }

    [TestMethod]
    public void ARememberedTokenIsRefusedOnceThePasswordChanges()
    {
        var token = Issue();
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out _));

        options = Options("new-password");

        Assert.IsNull(validator.Validate(token, TokenUse.Access, out var failure));
        Assert.AreEqual("invalid signature", failure);
    }

    [TestMethod]
    public void ATokenStillValidAfterASettingsChangeIsRememberedWithTheNewKey()
    {
        var token = Issue();
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out _));

        options = Options("password"); // reloaded settings, same password: new signers, same key bytes
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out var failure), failure);

        Assert.IsTrue(cache.TryGet(token, out _, out var signer));
        Assert.AreSame(keys.Signer("admin"), signer, "otherwise the token would be verified in full on every request from now on");
        Assert.AreEqual(1, cache.Count);
    }

    [TestMethod]
    public void ARememberedTokenIsRefusedOnceRevoked()
    {
        var token = Issue();
        Assert.IsNotNull(validator.Validate(token, TokenUse.Access, out _));

        revocations.Setup(r => r.IsRevoked(It.IsAny<string>())).Returns(true);

        Assert.IsNull(validator.Validate(token, TokenUse.Access, out _));
    }

    [TestMethod]
    public void ARememberedRefreshTokenIsStillNoAccessToken()
    {
        var token = Issue(TokenUse.Refresh);
        Assert.IsNotNull(validator.Validate(token, TokenUse.Refresh, out _));

        Assert.IsNull(validator.Validate(token, TokenUse.Access, out _));
    }

    [TestMethod]
    public void AFullCacheMakesRoomByForgettingExpiredTokensAndOtherwiseStopsGrowing()
    {
        var claims = new VerifiedClaims("admin", "access", 0, true, null, ExpiresAt: 100);
        var signer = new HmacSigner([1]);
        for (var i = 0; i < VerifiedTokenCache.Capacity; i++)
        {
            cache.Add($"expired-{i}", claims, signer, nowSeconds: 50);
        }

        cache.Add("one-more-live", claims with { ExpiresAt = 1000 }, signer, nowSeconds: 50);
        Assert.AreEqual(VerifiedTokenCache.Capacity, cache.Count, "full of live tokens: not stored");
        Assert.IsFalse(cache.TryGet("one-more-live", out _, out _));

        cache.Add("after-expiry", claims with { ExpiresAt = 1000 }, signer, nowSeconds: 200);
        Assert.AreEqual(1, cache.Count, "the expired ones made room");
        Assert.IsTrue(cache.TryGet("after-expiry", out _, out _));
    }
}
