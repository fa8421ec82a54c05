using System.Net;
using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class LoginThrottleTests
{
    private static readonly IPAddress Attacker = IPAddress.Parse("203.0.113.1");
    private static readonly IPAddress Other = IPAddress.Parse("198.51.100.2");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly LoginOptions login = new() { MaxFailuresPerUser = 3, MaxFailuresPerAddress = 5, FailureWindowSeconds = 60, BackoffBaseSeconds = 1 };

    private LoginThrottle Create() =>
        new(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions { Api = { Auth = { Login = login } } }), time);

    private static void Fail(LoginThrottle throttle, int times, string user, IPAddress address)
    {
        for (var i = 0; i < times; i++)
        {
            throttle.RecordFailure(user, address);
        }
    }

    [TestMethod]
    public void AttemptsAreFreeBelowTheLimit()
    {
        var throttle = Create();
        Fail(throttle, 2, "admin", Attacker);

        Assert.IsNull(throttle.RetryAfter("admin", Attacker));
    }

    [TestMethod]
    public void AtTheLimitTheUserIsRefusedForTheBackoff()
    {
        var throttle = Create();
        Fail(throttle, 3, "admin", Attacker);

        Assert.AreEqual(TimeSpan.FromSeconds(1), throttle.RetryAfter("admin", Other));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.IsNull(throttle.RetryAfter("admin", Other));
    }

    [TestMethod]
    public void EveryFurtherFailureDoublesTheBackoffUpToTheWindow()
    {
        var throttle = Create();
        Fail(throttle, 4, "admin", Attacker);
        Assert.AreEqual(TimeSpan.FromSeconds(2), throttle.RetryAfter("admin", null));

        Fail(throttle, 10, "admin", Attacker);
        Assert.AreEqual(TimeSpan.FromSeconds(60), throttle.RetryAfter("admin", null), "capped at the window");
    }

    [TestMethod]
    public void AFloodAgainstOneUserNeverLocksItOutLongerThanTheWindow()
    {
        var throttle = Create();
        Fail(throttle, 50, "admin", Attacker);

        time.Advance(TimeSpan.FromSeconds(60));

        Assert.IsNull(throttle.RetryAfter("admin", Other));
    }

    [TestMethod]
    public void OtherUsersAndAddressesAreNotSlowedDown()
    {
        var throttle = Create();
        Fail(throttle, 4, "admin", Attacker);

        Assert.IsNull(throttle.RetryAfter("alice", Other));
    }

    [TestMethod]
    public void SprayingUserNamesFromOneAddressIsLimitedPerAddress()
    {
        var throttle = Create();
        for (var i = 0; i < 5; i++)
        {
            throttle.RecordFailure($"user{i}", Attacker);
        }

        Assert.IsNotNull(throttle.RetryAfter("user-new", Attacker));
        Assert.IsNull(throttle.RetryAfter("user-new", Other));
    }

    [TestMethod]
    public void UnknownAndKnownUserNamesAreCountedAlike()
    {
        var throttle = Create();
        Fail(throttle, 3, "no-such-user", Attacker);

        Assert.AreEqual(TimeSpan.FromSeconds(1), throttle.RetryAfter("no-such-user", Other));
    }

    [TestMethod]
    public void OneIpv6ClientCountsAsOneAcrossItsSlash64()
    {
        var throttle = Create();
        for (var i = 1; i <= 5; i++)
        {
            throttle.RecordFailure(null, IPAddress.Parse($"2001:db8:1:2::{i:x}"));
        }

        Assert.IsNotNull(throttle.RetryAfter(null, IPAddress.Parse("2001:db8:1:2:ffff::1")));
        Assert.IsNull(throttle.RetryAfter(null, IPAddress.Parse("2001:db8:1:3::1")));
    }

    [TestMethod]
    public void ASuccessClearsTheCounts()
    {
        var throttle = Create();
        Fail(throttle, 2, "admin", Attacker);
        throttle.RecordSuccess("admin", Attacker);
        Fail(throttle, 2, "admin", Attacker);

        Assert.IsNull(throttle.RetryAfter("admin", Attacker));
    }

    [TestMethod]
    public void TheNumberOfTrackedKeysIsBounded()
    {
        var throttle = Create();
        for (var i = 0; i < LoginThrottle.MaxTrackedKeys + 10; i++)
        {
            throttle.RecordFailure($"spray-{i}", null);
        }

        Fail(throttle, 3, "admin", Attacker);

        Assert.IsNotNull(throttle.RetryAfter("admin", Attacker), "the newest keys survive pruning");
    }

    [TestMethod]
    public void AKnownClientIsNotRefusedForFailuresFromElsewhere()
    {
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);

        Fail(throttle, 10, "admin", Attacker);

        Assert.IsNotNull(throttle.RetryAfter("admin", Attacker));
        Assert.IsNotNull(throttle.RetryAfter("admin", IPAddress.Parse("192.0.2.99")), "a stranger shares the user's count");
        Assert.IsNull(throttle.RetryAfter("admin", Other));
    }

    [TestMethod]
    public void AKnownClientsOwnFailuresRefuseItAndNobodyElse()
    {
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);

        Fail(throttle, 3, "admin", Other);

        Assert.IsNotNull(throttle.RetryAfter("admin", Other));
        Assert.IsNull(throttle.RetryAfter("admin", Attacker), "the known client's typos are its own");
    }

    [TestMethod]
    public void AClientIsKnownForOneUserOnly()
    {
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);

        Fail(throttle, 3, "viewer", Attacker);

        Assert.IsNotNull(throttle.RetryAfter("viewer", Other));
    }

    [TestMethod]
    public void AKnownClientIsForgottenAfterItsLifetime()
    {
        login.KnownClientSeconds = 3600;
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);
        time.Advance(TimeSpan.FromSeconds(3600));

        Fail(throttle, 3, "admin", Attacker);

        Assert.IsNotNull(throttle.RetryAfter("admin", Other));
    }

    [TestMethod]
    public void AKnownClientLoggingInDuringAFloodDoesNotResetTheGuessersCount()
    {
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);
        Fail(throttle, 3, "admin", Attacker);

        throttle.RecordSuccess("admin", Other);

        Assert.IsNotNull(throttle.RetryAfter("admin", Attacker));
    }

    [TestMethod]
    public void AKnownClientIsStillRefusedOnceItsOwnAddressPassesTheAddressLimit()
    {
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);

        for (var i = 0; i < 5; i++)
        {
            throttle.RecordFailure($"user{i}", Other);
        }

        Assert.IsNotNull(throttle.RetryAfter("admin", Other));
    }

    [TestMethod]
    public void NoClientIsKnownWhenTheSettingIsZero()
    {
        login.KnownClientSeconds = 0;
        var throttle = Create();
        throttle.RecordSuccess("admin", Other);

        Fail(throttle, 3, "admin", Attacker);

        Assert.IsNotNull(throttle.RetryAfter("admin", Other));
    }
}
