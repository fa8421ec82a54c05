using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>/memfs under concurrent writers and readers over HTTP: the cap holds with purge, and no read sees half a file.</summary>
[TestClass]
public sealed class MemfsConcurrencyTests
{
    private const string Password = "flood-secret";

    private static HttpRequestMessage Write(HttpMethod method, string path, byte[] body, bool authorized = true)
    {
        var request = new HttpRequestMessage(method, "/memfs" + path) { Content = new ByteArrayContent(body) };
        if (authorized)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + Password)));
        }

        return request;
    }

    [TestMethod]
    public async Task EveryWriteMethodNeedsTheCredentials()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["storage:memory:auth:password"] = Password });
        var client = factory.CreateClient();
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete })
        {
            await HttpAssert.ErrorAsync(await client.SendAsync(Write(method, "/x.ts", [1], authorized: false)), HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        }

        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync("/memfs/x.ts")).StatusCode);
    }

    [TestMethod]
    public async Task AWriteFloodWithPurgeStaysWithinTheCap()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["storage:memory:auth:password"] = Password,
            ["storage:memory:max_size_mbytes"] = "1",
            ["storage:memory:purge"] = "true",
            ["metrics:enable"] = "true",
        });
        var client = factory.CreateClient();
        var admin = factory.CreateClient((await factory.LoginAsync()).Access);

        // 200 writes at once: more bytes in flight than the capacity. Writes still arriving count against the cap and
        // cannot be purged, so some are refused with the contract's error; the cap itself never gives.
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var response = await client.SendAsync(Write(HttpMethod.Put, $"/flood/{i}.ts", new byte[50_000 + (i % 7 * 10_000)]));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.IsTrue(responses.Any(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var refused in responses.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.NoContent)))
        {
            Assert.AreEqual(HttpStatusCode.BadRequest, refused.StatusCode);
            StringAssert.Contains(refused.Body, "not enough space on device");
        }

        var files = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/fs/mem"));
        var stored = files.EnumerateArray().Sum(f => f.GetProperty("size_bytes").GetInt64());
        Assert.IsTrue(stored <= 1024 * 1024, $"{stored} bytes stored");

        // No reservation of a refused or finished write is left behind: the accounted usage is what is stored.
        var query = new StringContent("""{"metrics":[{"name":"filesystem_usage","labels":{"name":"memfs"}}]}""", Encoding.UTF8, "application/json");
        var usage = await HttpAssert.JsonAsync(await admin.PostAsync("/api/v3/metrics", query));
        Assert.AreEqual(stored, usage.GetProperty("metrics")[0].GetProperty("values")[0][1].GetInt64());
    }

    [TestMethod]
    public async Task AReaderNeverSeesAHalfReplacedFile()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["storage:memory:auth:password"] = Password });
        var client = factory.CreateClient();
        var contents = new[] { Encoding.ASCII.GetBytes(new string('a', 300_000)), Encoding.ASCII.GetBytes(new string('b', 200_000)) };
        await client.SendAsync(Write(HttpMethod.Put, "/live.m3u8", contents[0]));

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await client.SendAsync(Write(HttpMethod.Put, "/live.m3u8", contents[i % 2]));
            }
        });
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var body = await client.GetByteArrayAsync("/memfs/live.m3u8");
            Assert.IsTrue(body.SequenceEqual(contents[0]) || body.SequenceEqual(contents[1]), $"read {body.Length} bytes that are neither file");
            reads++;
        }

        await writer;
        Assert.IsTrue(reads > 10, $"{reads} reads");
    }
}
