using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CoreApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoreApi.Tests.Integration;

/// <summary>Brute-force protection through HTTP: 429 with Retry-After at the configured count, lifted after the window.</summary>
[TestClass]
public sealed class ThrottlingTests
{
    private static Dictionary<string, string?> Limits(int delayMs = 0) => new()
    {
        ["api:auth:login:max_failures_per_user"] = "3",
        ["api:auth:login:max_failures_per_address"] = "1000",
        ["api:auth:login:failure_window_seconds"] = "120",
        ["api:auth:login:backoff_base_seconds"] = "30",
        ["api:auth:login:failure_delay_ms"] = delayMs.ToString(),
    };

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string password) =>
        client.PostAsJsonAsync("/api/login", new { username = CoreApiFactory.Username, password });

    [TestMethod]
    public async Task TheAttemptAfterTheLimitGets429WithRetryAfterInTheContractShape()
    {
        using var factory = new CoreApiFactory(overrides: Limits());
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(HttpStatusCode.Unauthorized, (await LoginAsync(client, "wrong")).StatusCode);
        }

        var response = await LoginAsync(client, CoreApiFactory.Password);

        await HttpAssert.ErrorAsync(response, HttpStatusCode.TooManyRequests, "Too Many Requests", "Too many failed logins; retry after 30 seconds");
        Assert.AreEqual("30", response.Headers.GetValues("Retry-After").Single());
    }

    [TestMethod]
    public async Task AThrottledAttemptIsAnsweredWithoutTheFailureDelay()
    {
        using var factory = new CoreApiFactory(overrides: Limits(delayMs: 2000));
        var client = factory.CreateClient();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => LoginAsync(client, "wrong")));

        var clock = Stopwatch.StartNew();
        var response = await LoginAsync(client, "wrong");

        Assert.AreEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromMilliseconds(1500), $"the 429 took {clock.ElapsedMilliseconds} ms");
    }

    [TestMethod]
    public async Task TheThrottleLiftsAfterTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new CoreApiFactory(overrides: Limits(), services: s => s.AddSingleton<TimeProvider>(time));
        var client = factory.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await LoginAsync(client, "wrong");
        }

        Assert.AreEqual(HttpStatusCode.TooManyRequests, (await LoginAsync(client, CoreApiFactory.Password)).StatusCode);
        time.Advance(TimeSpan.FromSeconds(120));

        Assert.AreEqual(HttpStatusCode.OK, (await LoginAsync(client, CoreApiFactory.Password)).StatusCode);
    }

    [TestMethod]
    public async Task ThePasswordGrantIsThrottledLikeTheLogin()
    {
        using var factory = new CoreApiFactory(overrides: Limits());
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(client, "wrong");
        }

        var response = await client.PostAsync("/api/login/token", new FormUrlEncodedContent(
            [KeyValuePair.Create("grant_type", "password"), KeyValuePair.Create("username", CoreApiFactory.Username), KeyValuePair.Create("password", CoreApiFactory.Password)]));

        Assert.AreEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.AreEqual("temporarily_unavailable", (await HttpAssert.JsonAsync(response, HttpStatusCode.TooManyRequests)).GetProperty("error").GetString());
    }

    [TestMethod]
    public async Task AClientThatLoggedInBeforeKeepsLoggingInWhileAnotherAddressFloodsTheUser()
    {
        using var factory = new CoreApiFactory(overrides: Limits());
        Assert.AreEqual(200, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password), "the operator's usual client logs in");

        // 20 connections guessing at once, as measured against the previous throttle.
        var flood = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.LoginFromAsync("203.0.113.66", "guess")));
        CollectionAssert.Contains(flood, 429, "the guesser is refused");

        for (var i = 0; i < 10; i++)
        {
            Assert.AreEqual(200, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password), $"try {i + 1} from the known client");
        }

        Assert.AreEqual(429, await factory.LoginFromAsync("198.51.100.7", CoreApiFactory.Password), "a fresh address shares the user's refusal");
        Assert.AreEqual(429, await factory.LoginFromAsync("203.0.113.66", CoreApiFactory.Password), "so does the guesser, even with the right password");
    }

    [TestMethod]
    public async Task WithoutKnownClientsTheFloodRefusesEveryAddressAsBefore()
    {
        var limits = Limits();
        limits["api:auth:login:known_client_seconds"] = "0";
        using var factory = new CoreApiFactory(overrides: limits);
        Assert.AreEqual(200, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password));

        for (var i = 0; i < 5; i++)
        {
            await factory.LoginFromAsync("203.0.113.66", "guess");
        }

        Assert.AreEqual(429, await factory.LoginFromAsync("192.0.2.10", CoreApiFactory.Password));
    }
}
