using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>The fs API and the two mounts (CONTRACT-CORE §10.2, §11) through HTTP, with a real disk directory.</summary>
[TestClass]
public sealed class FilesystemTests
{
    private const string MemfsPassword = "mem-secret";

    private static CoreApiFactory factory = null!;
    private static HttpClient admin = null!;
    private static string disk = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        var root = TempDirectory.Create();
        disk = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(disk, "player"));
        File.WriteAllText(Path.Combine(disk, "player", "index.html"), "<h1>player</h1>");
        File.WriteAllText(Path.Combine(root, "secret.txt"), "outside");
        File.CreateSymbolicLink(Path.Combine(disk, "escape.txt"), Path.Combine(root, "secret.txt"));
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["storage:disk:dir"] = disk,
            ["storage:memory:auth:password"] = MemfsPassword,
            ["storage:memory:max_size_mbytes"] = "1",
            ["api:auth:login:max_failures_per_address"] = "3",
        });
        admin = factory.CreateClient((await factory.LoginAsync()).Access);
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static ByteArrayContent Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static HttpRequestMessage MemfsWrite(HttpMethod method, string path, string? password = MemfsPassword, string body = "data")
    {
        var request = new HttpRequestMessage(method, "/memfs" + path) { Content = Bytes(body) };
        if (password is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + password)));
        }

        return request;
    }

    [TestMethod]
    public async Task BothFilesystemsAreListed()
    {
        var list = await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/fs"));
        CollectionAssert.AreEquivalent(new[] { "disk:/", "mem:/memfs" }, list.EnumerateArray().Select(f => $"{f.GetProperty("name").GetString()}:{f.GetProperty("mount").GetString()}").ToArray());
    }

    [TestMethod]
    [DataRow("mem")]
    [DataRow("disk")]
    public async Task AFileIsCreatedReplacedReadAndDeletedThroughTheApi(string fs)
    {
        var path = $"/api/v3/fs/{fs}/t-{Guid.NewGuid():N}/a.txt";

        var created = await admin.PutAsync(path, Bytes("one"));
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
        Assert.AreEqual(path, created.Content.Headers.ContentLocation?.ToString() ?? created.Headers.GetValues("Content-Location").Single());
        Assert.AreEqual(HttpStatusCode.NoContent, (await admin.PutAsync(path, Bytes("two!"))).StatusCode);

        var read = await admin.GetAsync(path);
        Assert.AreEqual("two!", await read.Content.ReadAsStringAsync());
        Assert.AreEqual("text/plain", read.Content.Headers.ContentType!.MediaType);
        Assert.IsNotNull(read.Content.Headers.LastModified);
        Assert.AreEqual(HttpStatusCode.OK, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);

        var deleted = await admin.DeleteAsync(path);
        Assert.AreEqual("Deleted: " + path[$"/api/v3/fs/{fs}".Length..], await deleted.Content.ReadAsStringAsync());
        await HttpAssert.ErrorAsync(await admin.GetAsync(path), HttpStatusCode.NotFound, "File not found", path[$"/api/v3/fs/{fs}".Length..]);
        Assert.AreEqual(HttpStatusCode.NotFound, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);
    }

    [TestMethod]
    public async Task UnknownFilesystemsAndDirectoriesAnswerTheContractsErrors()
    {
        await HttpAssert.ErrorAsync(await admin.GetAsync("/api/v3/fs/nope"), HttpStatusCode.NotFound, "File not found", "unknown filesystem: nope");
        await HttpAssert.ErrorAsync(await admin.GetAsync("/api/v3/fs/nope/a.txt"), HttpStatusCode.NotFound, "File not found", "unknown filesystem: nope");
        await HttpAssert.ErrorAsync(await admin.GetAsync("/api/v3/fs/disk/player"), HttpStatusCode.NotFound, "File not found", "/player/index.html");
    }

    [TestMethod]
    public async Task ListingsFilterByGlobAndSort()
    {
        var dir = $"/g-{Guid.NewGuid():N}";
        foreach (var (name, size) in new[] { ("b.ts", 3), ("a.ts", 1), ("c.m3u8", 2), ("sub/d.ts", 4) })
        {
            await admin.PutAsync($"/api/v3/fs/mem{dir}/{name}", Bytes(new string('x', size)));
        }

        async Task<string[]> Names(string query) =>
            [.. (await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/fs/mem?" + query))).EnumerateArray().Select(f => f.GetProperty("name").GetString()![dir.Length..])];

        CollectionAssert.AreEqual(new[] { "/a.ts", "/b.ts" }, await Names($"glob={dir}/*.ts&sort=name"));
        CollectionAssert.AreEqual(new[] { "/a.ts", "/b.ts", "/sub/d.ts" }, await Names($"glob={dir}/**.ts&sort=name"));
        CollectionAssert.AreEqual(new[] { "/sub/d.ts", "/b.ts", "/c.m3u8", "/a.ts" }, await Names($"glob={dir}/**&sort=size&order=desc"));
        CollectionAssert.AreEqual(Array.Empty<string>(), await Names($"glob=["));
    }

    [TestMethod]
    public async Task MemfsIsPublicToReadAndNeedsBasicAuthToWrite()
    {
        var path = $"/m-{Guid.NewGuid():N}.m3u8";
        var denied = await admin.SendAsync(MemfsWrite(HttpMethod.Put, path, password: null));
        await HttpAssert.ErrorAsync(denied, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        StringAssert.StartsWith(denied.Headers.WwwAuthenticate.Single().ToString(), "Basic realm=");

        using var anonymous = factory.CreateClient();
        Assert.AreEqual(HttpStatusCode.Created, (await anonymous.SendAsync(MemfsWrite(HttpMethod.Put, path))).StatusCode);
        Assert.AreEqual(HttpStatusCode.NoContent, (await anonymous.SendAsync(MemfsWrite(HttpMethod.Post, path, body: "#EXTM3U"))).StatusCode);

        var read = await anonymous.GetAsync("/memfs" + path);
        Assert.AreEqual("#EXTM3U", await read.Content.ReadAsStringAsync());
        Assert.AreEqual("application/vnd.apple.mpegurl", read.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual(HttpStatusCode.OK, (await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v3/fs/mem" + path))).StatusCode);

        await HttpAssert.ErrorAsync(await anonymous.DeleteAsync("/memfs" + path), HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        Assert.AreEqual("Deleted: " + path, await (await anonymous.SendAsync(MemfsWrite(HttpMethod.Delete, path))).Content.ReadAsStringAsync());
        Assert.AreEqual(HttpStatusCode.NotFound, (await anonymous.GetAsync("/memfs" + path)).StatusCode);
    }

    [TestMethod]
    public async Task WrongMemfsPasswordsCountForTheLoginThrottleOfTheAddressButTheChallengeRoundDoesNot()
    {
        Task<Microsoft.AspNetCore.Http.HttpContext> PutFrom(string? password) => factory.SendFrom("198.51.100.77", context =>
        {
            context.Request.Method = "PUT";
            context.Request.Path = "/memfs/t.txt";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("data"));
            if (password is not null)
            {
                context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + password));
            }
        });

        for (var i = 0; i < 10; i++)
        {
            Assert.AreEqual(401, (await PutFrom(null)).Response.StatusCode, "FFmpeg's first, unauthenticated round");
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(401, (await PutFrom("guess" + i)).Response.StatusCode);
        }

        var refused = await PutFrom(MemfsPassword);
        Assert.AreEqual(429, refused.Response.StatusCode);
        Assert.IsTrue(refused.Response.Headers.RetryAfter.Count == 1);
        Assert.AreEqual(0, (await HttpAssert.JsonAsync(await admin.GetAsync("/api/v3/fs/mem?glob=/t.txt"))).GetArrayLength());
    }

    [TestMethod]
    public async Task WritesAboveTheCapAnswerTheContractsErrorAndChangeNothing()
    {
        var big = new string('x', 1024 * 1024 + 1);
        await HttpAssert.ErrorAsync(await admin.PutAsync("/api/v3/fs/mem/big.bin", Bytes(big)), HttpStatusCode.BadRequest, "Bad request", "File is too big");
        await HttpAssert.ErrorAsync(await admin.SendAsync(MemfsWrite(HttpMethod.Put, "/big.bin", body: big)), HttpStatusCode.BadRequest, "Bad request", "File is too big");
        Assert.AreEqual(HttpStatusCode.NotFound, (await admin.GetAsync("/memfs/big.bin")).StatusCode);
    }

    [TestMethod]
    public async Task TheDiskMountServesIndexFilesRangesAndConditionalRequests()
    {
        using var anonymous = factory.CreateClient();
        var page = await anonymous.GetAsync("/player/");
        Assert.AreEqual("<h1>player</h1>", await page.Content.ReadAsStringAsync());
        Assert.AreEqual("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.AreEqual("max-age=300", page.Headers.CacheControl!.ToString());

        var range = new HttpRequestMessage(HttpMethod.Get, "/player/index.html");
        range.Headers.Range = new RangeHeaderValue(4, 9);
        var partial = await anonymous.SendAsync(range);
        Assert.AreEqual(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.AreEqual("player", await partial.Content.ReadAsStringAsync());

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/player/index.html");
        conditional.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        Assert.AreEqual(HttpStatusCode.NotModified, (await anonymous.SendAsync(conditional)).StatusCode);

        await HttpAssert.ErrorAsync(await anonymous.PutAsync("/player/index.html", Bytes("x")), HttpStatusCode.NotFound, "File not found");
        Assert.AreEqual("<h1>player</h1>", File.ReadAllText(Path.Combine(disk, "player", "index.html")));
    }

    [TestMethod]
    [DataRow("/api/v3/fs/disk/..%2f..%2fsecret.txt")]
    [DataRow("/api/v3/fs/disk/%2e%2e/secret.txt")]
    [DataRow("/api/v3/fs/disk/a%5c..%5c..%5csecret.txt")]
    [DataRow("/api/v3/fs/disk/escape.txt")]
    [DataRow("/escape.txt")]
    [DataRow("/memfs/..%2f..%2fetc%2fpasswd")]
    public async Task NoPathEscapesItsFilesystem(string path)
    {
        var response = await admin.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.IsTrue(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
        Assert.IsFalse(body.Contains("outside") || body.Contains("root:"), path);
    }

    [TestMethod]
    public async Task WritesCannotEscapeEither()
    {
        foreach (var path in new[] { "/api/v3/fs/disk/%2e%2e/evil.txt", "/api/v3/fs/disk/escape.txt", "/api/v3/fs/disk/a%5c..%5cevil.txt" })
        {
            var response = await admin.PutAsync(path, Bytes("evil"));
            Assert.IsTrue(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
        }

        Assert.AreEqual("outside", File.ReadAllText(Path.Combine(Path.GetDirectoryName(disk)!, "secret.txt")));
        Assert.IsFalse(File.Exists(Path.Combine(Path.GetDirectoryName(disk)!, "evil.txt")));
    }
}
