using System.Net;
using System.Text;
using CoreApi.Auth;
using CoreApi.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZLogger;

namespace CoreApi.Tests.Unit;

/// <summary>The console line operators' log filters read: UTC time to the millisecond, level, category, event id, message.</summary>
[TestClass]
public sealed class ConsoleLineTests
{
    [TestMethod]
    [DataRow(42, "042")]
    [DataRow(0, "000")]
    [DataRow(999, "999")]
    public void AnAuditLineStartsWithItsUtcTimeToTheMillisecondItsLevelCategoryAndEventId(int millisecond, string written)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 6, 30, 1, millisecond, TimeSpan.Zero));

        var line = WrittenLine(time, loggers => new AuditLog(loggers).LoginSucceeded("admin", "password", IPAddress.Parse("192.0.2.7")));

        Assert.AreEqual($"2026-12-02T06:30:01.{written}Z info Audit[1001] Login succeeded: admin via password from 192.0.2.7", line);
    }

    [TestMethod]
    public void ALineOfAnotherLevelCarriesThatLevelsFourLetterName()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 59, 59, 5, TimeSpan.Zero));

        var line = WrittenLine(time, loggers => new AuditLog(loggers).RefreshReuseDetected("admin"));

        Assert.AreEqual("2026-12-02T23:59:59.005Z warn Audit[1006] Refresh token reused after rotation: admin; its family is revoked", line);
    }

    private static string WrittenLine(TimeProvider time, Action<ILoggerFactory> log)
    {
        var stream = new MemoryStream();
        using (var loggers = LoggerFactory.Create(builder => builder.AddZLoggerStream(stream, options =>
        {
            options.TimeProvider = time;
            LoggingExtensions.UseConsoleLine(options);
        })))
        {
            log(loggers);
        } // disposing the factory writes what is queued

        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }
}
