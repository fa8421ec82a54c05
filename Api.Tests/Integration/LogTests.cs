using System.Net;
using System.Net.Http.Json;
using CoreApi.Logs;
using CoreApi.Tests.Support;

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
        var admin = factory.CreateClient(access);

        var text = await (await admin.GetAsync("/api/v3/log")).Content.ReadAsStringAsync();
        var entries = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/log"));

        Assert.IsTrue(entries.EnumerateArray().Any(e => e.GetProperty("component").GetString() == "Audit"
            && e.GetProperty("message").GetString()!.StartsWith("Login succeeded: admin via password")));
        Assert.IsTrue(entries.EnumerateArray().Any(e => e.GetProperty("level").GetString() == "WARN"
            && e.GetProperty("message").GetString()!.StartsWith("Login failed")));
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
}
