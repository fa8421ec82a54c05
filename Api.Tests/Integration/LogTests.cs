using System.Net;
using System.Net.Http.Json;
using CoreApi.Auth;
using CoreApi.Logs;
using CoreApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class LogTests
{
    [TestMethod]
    public async Task AfterALoginTheLogShowsTheAuditEntryAndNoToken()
    {
        using var factory = new CoreApiFactory();
        var (access, _) = await factory.LoginAsync();
        await factory.CreateClient().PostAsJsonAsync("/api/login", new { username = "admin", password = "wrong" });
        factory.Services.GetRequiredService<LoginRefusalLog>().Flush();
        var admin = factory.CreateClient(access);

        var text = await (await admin.GetAsync("/api/v3/log")).Content.ReadAsStringAsync();
        var entries = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/log"));

        Assert.IsTrue(entries.EnumerateArray().Any(e => e.GetProperty("component").GetString() == "Audit"
            && e.GetProperty("message").GetString()!.StartsWith("Login succeeded: admin via password")));
        Assert.IsTrue(entries.EnumerateArray().Any(e => e.GetProperty("level").GetString() == "WARN"
            && e.GetProperty("message").GetString()!.StartsWith("Logins refused: 1 in ")));
        Assert.IsFalse(text.Contains("eyJ"), "no token in the log");
        Assert.IsFalse(text.Contains(CoreApiFactory.Password), "no password in the log");
        var first = entries[0];
        CollectionAssert.AreEquivalent(new[] { "time", "level", "component", "message" }, first.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [TestMethod]
    public async Task TheConsoleAndRawFormatsGiveTextLinesAndStoredObjects()
    {
        using var factory = new CoreApiFactory();
        var admin = factory.CreateClient((await factory.LoginAsync()).Access);

        var console = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/log?format=console"));
        var raw = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/log?format=raw"));

        Assert.IsTrue(console.EnumerateArray().Any(line => line.GetString()!.Contains("INFO  [Audit] Login succeeded")));
        Assert.IsTrue(raw.EnumerateArray().Any(entry => entry.GetProperty("eventId").GetInt32() == 1001));
        await HttpAssert.ErrorAsync(await admin.GetAsync("/api/v3/log?format=xml"), HttpStatusCode.BadRequest, "Bad Request");
    }

    [TestMethod]
    public async Task RefusedRequestsDoNotFillTheLog()
    {
        using var factory = new CoreApiFactory();
        var (access, _) = await factory.LoginAsync();
        var before = (await HttpAssert.JsonAsync(await factory.CreateClient(access).GetAsync("/api/v3/log"))).GetArrayLength();
        foreach (var client in new[] { factory.CreateClient(), factory.CreateClient(access[..^4] + "AAAA"), factory.CreateClient("not-a-jwt") })
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.AreEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v3/metadata")).StatusCode);
                Assert.AreEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/login/refresh")).StatusCode);
            }
        }

        var log = await HttpAssert.JsonAsync(await factory.CreateClient(access).GetAsync("/api/v3/log"));

        // A read of the log is not itself logged: the refusals must have added nothing.
        Assert.AreEqual(before, log.GetArrayLength(), log.ToString());
    }

    [TestMethod]
    public async Task TheLogKeepsOnlyTheNewestEntries()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["log:max_lines"] = "10" });
        var (access, _) = await factory.LoginAsync();
        for (var i = 0; i < 20; i++)
        {
            await factory.LoginAsync();
        }

        var entries = await HttpAssert.JsonAsync(await factory.CreateClient(access).GetAsync("/api/v3/log"));

        Assert.AreEqual(10, entries.GetArrayLength());
    }

    [TestMethod]
    public void TokensAreMaskedEvenIfAComponentLogsOne()
    {
        var masked = CoreApi.Logs.RingBufferLog.Mask("header Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl end");

        Assert.AreEqual("header Bearer [token] end", masked);
    }

    [TestMethod]
    public async Task TheBearerHandlersRefusalLinesCanStillBeTurnedOnInTheConfiguration()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler"] = "Information",
        });
        var (access, _) = await factory.LoginAsync();

        await factory.CreateClient(access[..^4] + "AAAA").GetAsync("/api/v3/metadata");
        var text = await (await factory.CreateClient(access).GetAsync("/api/v3/log")).Content.ReadAsStringAsync();

        StringAssert.Contains(text, "AccessToken was not authenticated. Failure message: Token refused: invalid signature");
    }

    [TestMethod]
    public async Task AFloodOfWrongPasswordsIsOneCountedLinePerIntervalWhileSuccessesStayOneEach()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:auth:login:max_failures_per_user"] = "10",
            ["api:auth:login:max_failures_per_address"] = "1000",
            ["api:auth:login:refusal_log_seconds"] = "1",
        });
        Assert.AreEqual(200, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password));
        var client = factory.CreateClient();
        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.PostAsJsonAsync("/api/login", new { username = "admin", password = "wrong" })));
        Assert.AreEqual(200, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password));

        // One line per interval (1 s here): the flood may straddle an interval's end, so count what the lines say.
        List<string> refused = [];
        for (var i = 0; i < 50 && refused.Sum(CountOf) < 200; i++)
        {
            await Task.Delay(100);
            refused = factory.Services.GetRequiredService<RingBufferLog>().Snapshot().Select(e => e.Message).Where(m => m.StartsWith("Logins refused", StringComparison.Ordinal)).ToList();
        }

        Assert.AreEqual(200, refused.Sum(CountOf), string.Join("\n", refused));
        Assert.IsLessThanOrEqualTo(3, refused.Count, "a line per interval, not per attempt");
        StringAssert.Contains(refused[0], "throttled; last reason: ");
        var succeeded = factory.Services.GetRequiredService<RingBufferLog>().Snapshot().Count(e => e.Message.StartsWith("Login succeeded: admin", StringComparison.Ordinal));
        Assert.AreEqual(2, succeeded, "each success is its own line");
    }

    private static int CountOf(string line) => int.Parse(System.Text.RegularExpressions.Regex.Match(line, @"^Logins refused: (\d+) ").Groups[1].Value);
}
