using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Logs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class RingBufferLogTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl";

    private static RingBufferLog Log() => new(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));

    [TestMethod]
    public void ATokenInTheMessageOrInAValueIsMasked()
    {
        var log = Log();

        log.Add(Entry($"presented {Token}", new Dictionary<string, string?> { ["token"] = Token, ["user"] = "admin", ["none"] = null }));

        var kept = log.Snapshot().Single();
        Assert.AreEqual("presented [token]", kept.Message);
        Assert.AreEqual("[token]", kept.Data["token"]);
        Assert.AreEqual("admin", kept.Data["user"]);
        Assert.IsNull(kept.Data["none"]);
    }

    [TestMethod]
    public void AnEntryWithoutTokensIsKeptAsLogged()
    {
        var log = Log();
        var entry = Entry("Login succeeded: admin", new Dictionary<string, string?> { ["user"] = "admin", ["eyJ-like key"] = "plain" });

        log.Add(entry);

        var kept = log.Snapshot().Single();
        Assert.AreEqual(entry.Message, kept.Message);
        CollectionAssert.AreEquivalent(entry.Data.ToList(), kept.Data.ToList());
    }

    private static LogEntry Entry(string message, Dictionary<string, string?> data) =>
        new(DateTimeOffset.UnixEpoch, "INFO", "Audit", message, 0, data);

    private static (RingBufferLog Log, ILogger Logger) ThroughTheLoggingPipeline()
    {
        var monitor = Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions());
        var log = new RingBufferLog(monitor);
        var factory = LoggerFactory.Create(builder => builder.AddProvider(new RingBufferLoggerProvider(log, monitor, TimeProvider.System)));
        return (log, factory.CreateLogger("Audit"));
    }

    [TestMethod]
    public void ALoggerMessagesValuesAreKeptAsTextInTheirOrderWithoutTheTemplate()
    {
        var (log, logger) = ThroughTheLoggingPipeline();

        new AuditLog(new SingleLoggerFactory(logger)).LoginSucceeded("admin", "password", System.Net.IPAddress.Loopback);

        var kept = log.Snapshot().Single();
        Assert.AreEqual("Login succeeded: admin via password from 127.0.0.1", kept.Message);
        CollectionAssert.AreEqual(
            new[] { KeyValuePair.Create("Subject", (string?)"admin"), KeyValuePair.Create("Method", (string?)"password"), KeyValuePair.Create("Address", (string?)"127.0.0.1") },
            kept.Data.ToArray());
        Assert.AreEqual("127.0.0.1", kept.Data["Address"]);
        Assert.IsFalse(kept.Data.ContainsKey("{OriginalFormat}"));
        Assert.ThrowsExactly<KeyNotFoundException>(() => kept.Data["Other"]);
    }

    [TestMethod]
    public void AStateThatNamesAValueTwiceKeepsTheLastAsADictionaryWould()
    {
        var (log, logger) = ThroughTheLoggingPipeline();
        var state = new List<KeyValuePair<string, object?>> { new("a", 1), new("b", null), new("a", 2), new("{OriginalFormat}", "x") };

        logger.Log(LogLevel.Information, default, state, null, (_, _) => "message");
        logger.Log(LogLevel.Information, default, state.AsEnumerable().Reverse().Skip(1), null, (_, _) => "enumerated");

        var (listed, enumerated) = (log.Snapshot()[0].Data, log.Snapshot()[1].Data);
        CollectionAssert.AreEqual(new[] { KeyValuePair.Create("a", (string?)"2"), KeyValuePair.Create("b", (string?)null) }, listed.ToArray());
        CollectionAssert.AreEqual(new[] { KeyValuePair.Create("a", (string?)"1"), KeyValuePair.Create("b", (string?)null) }, enumerated.ToArray());
        Assert.AreEqual(0, log.Snapshot().Count(entry => entry.Data.ContainsKey("{OriginalFormat}")));
    }

    private sealed class SingleLoggerFactory(ILogger logger) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
