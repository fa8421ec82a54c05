using System.Net;
using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Logs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>Refused logins become one counted line per user, method and address per interval.</summary>
[TestClass]
public sealed class LoginRefusalLogTests
{
    private static readonly IPAddress Guesser = IPAddress.Parse("203.0.113.66");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CoreOptions options = new() { Log = { MaxLines = 100_000 } };
    private RingBufferLog log = null!;
    private LoginRefusalLog refusals = null!;

    [TestInitialize]
    public void Create()
    {
        var monitor = Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == options);
        log = new RingBufferLog(monitor);
        var loggers = LoggerFactory.Create(builder => builder.AddProvider(new RingBufferLoggerProvider(log, monitor, time)));
        var users = Mock.Of<IUserDirectory>(u => u.RoleOf("admin") == UserRole.Admin);
        refusals = new LoginRefusalLog(new AuditLog(loggers), users, time, monitor);
    }

    private List<string> Lines() => log.Snapshot().Select(e => e.Message).Where(m => m.StartsWith("Logins refused", StringComparison.Ordinal)).ToList();

    [TestMethod]
    public void AThousandRefusalsFromOneAddressAreOneLineWithTheirCounts()
    {
        for (var i = 0; i < 1000; i++)
        {
            refusals.Record(i < 10 ? LoginRefusal.Failed : LoginRefusal.Throttled, "admin", "password", Guesser, i < 10 ? "invalid user name or password" : "retry after 30 s");
        }

        time.Advance(TimeSpan.FromSeconds(10));
        refusals.Flush();

        var line = Lines().Single();
        Assert.AreEqual("Logins refused: 1000 in 10 s (10 failed, 990 throttled; last reason: retry after 30 s): admin via password from 203.0.113.66", line);
    }

    [TestMethod]
    public void EachUserMethodAndAddressHasItsOwnLine()
    {
        refusals.Record(LoginRefusal.Failed, "admin", "password", Guesser, "invalid user name or password");
        refusals.Record(LoginRefusal.Failed, "admin", "password", IPAddress.Parse("198.51.100.7"), "invalid user name or password");
        refusals.Record(LoginRefusal.Failed, null, "auth0", Guesser, "the token has expired");

        refusals.Flush();

        Assert.HasCount(3, Lines());
    }

    [TestMethod]
    public void AUserNameThatDoesNotExistIsNeverWritten()
    {
        refusals.Record(LoginRefusal.Failed, "my-secret-password", "password", Guesser, "invalid user name or password");

        refusals.Flush();

        Assert.IsFalse(Lines().Single().Contains("my-secret-password"));
        StringAssert.Contains(Lines().Single(), ": - via password");
    }

    [TestMethod]
    public void NothingRefusedWritesNothingAndCountsStartAgainAfterAFlush()
    {
        refusals.Flush();
        Assert.IsEmpty(Lines());

        refusals.Record(LoginRefusal.Failed, "admin", "password", Guesser, "x");
        refusals.Flush();
        refusals.Flush();
        refusals.Record(LoginRefusal.Failed, "admin", "password", Guesser, "x");
        refusals.Flush();

        Assert.HasCount(2, Lines());
        Assert.IsTrue(Lines().All(l => l.StartsWith("Logins refused: 1 ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ASprayOfAddressesIsBoundedAndCountedUnderOneKey()
    {
        for (var i = 0; i < LoginRefusalLog.MaxKeys + 500; i++)
        {
            refusals.Record(LoginRefusal.Failed, "admin", "password", new IPAddress(BitConverter.GetBytes(0x0A000000 + i)), "x");
        }

        refusals.Flush();

        Assert.HasCount(LoginRefusalLog.MaxKeys + 1, Lines());
        StringAssert.Contains(Lines().Single(l => l.EndsWith("from *", StringComparison.Ordinal)), "Logins refused: 500 ");
    }

    [TestMethod]
    public async Task TheHostedLogWritesOnItsIntervalAndOnStop()
    {
        options.Api.Auth.Login.RefusalLogSeconds = 10;
        await refusals.StartAsync(CancellationToken.None);
        refusals.Record(LoginRefusal.Failed, "admin", "password", Guesser, "x");

        for (var i = 0; i < 50 && Lines().Count == 0; i++)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(20);
        }

        Assert.HasCount(1, Lines());
        refusals.Record(LoginRefusal.Failed, "admin", "password", Guesser, "y");
        await refusals.StopAsync(CancellationToken.None);
        Assert.HasCount(2, Lines(), "the last interval is written at stop");
    }
}
