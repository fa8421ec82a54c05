using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Failed logins answer only after the configured delay, and the wait holds up nobody else.</summary>
[TestClass]
public sealed class LoginDelayTests
{
    private const int DelayMs = 3000;

    [TestMethod]
    public async Task FailedLoginsAnswerAfterTheDelayWhileAValidLoginIsAnsweredAtOnce()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:auth:login:failure_delay_ms"] = DelayMs.ToString() });
        var client = factory.CreateClient();
        await factory.LoginAsync(client); // warm up

        var clock = Stopwatch.StartNew();
        var failures = Enumerable.Range(0, 50)
            .Select(i => client.PostAsJsonAsync("/api/login", new { username = $"user-{i}", password = "wrong" }))
            .Append(client.PostAsJsonAsync("/api/login", new { username = "", password = "" }))
            .ToArray();
        await factory.LoginAsync(client);
        var validLoginDoneWhileFailuresPending = failures.All(f => !f.IsCompleted);

        var responses = await Task.WhenAll(failures);
        var elapsed = clock.Elapsed;

        Assert.IsTrue(validLoginDoneWhileFailuresPending, "the valid login had to wait for the failing ones");
        Assert.IsTrue(elapsed >= TimeSpan.FromMilliseconds(DelayMs), $"failures answered after {elapsed.TotalMilliseconds} ms");
        Assert.AreEqual(50, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.AreEqual(1, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
    }
}
