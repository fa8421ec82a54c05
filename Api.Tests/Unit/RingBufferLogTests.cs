using CoreApi.Configuration;
using CoreApi.Infrastructure.Logging;
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
}
