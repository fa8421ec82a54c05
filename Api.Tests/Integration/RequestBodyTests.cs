using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Request bodies read from a real Kestrel socket: with and without a length, small and larger than the server's buffers.</summary>
[TestClass]
public sealed class RequestBodyTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:metadata:max_value_bytes"] = (8 * 1024 * 1024).ToString() });
        client = new HttpClient { BaseAddress = factory.StartKestrel() };
        var (access, _) = await factory.LoginAsync(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
    }

    [ClassCleanup]
    public static void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    // A body sent with Transfer-Encoding: chunked, so the server learns its length only at its end.
    private static HttpContent Chunked(string text)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        return content;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent content, bool chunked)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return await client.SendAsync(request);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task ALoginBodyIsReadWithOrWithoutItsLength(bool chunked)
    {
        var body = $$"""{"username":"{{CoreApiFactory.Username}}","password":"{{CoreApiFactory.Password}}"}""";
        var content = chunked ? Chunked(body) : new StringContent(body, Encoding.UTF8, "application/json");

        var response = await SendAsync(HttpMethod.Post, "/api/login", content, chunked);

        var json = await HttpAssert.JsonAsync(response);
        Assert.IsTrue(json.TryGetProperty("access_token", out _));
    }

    [TestMethod]
    public async Task AChunkedLoginBodyOverTheLimitIsRefusedWith413()
    {
        var body = $$"""{"username":"admin","password":"{{new string('a', 20 * 1024)}}"}""";

        var response = await SendAsync(HttpMethod.Post, "/api/login", Chunked(body), chunked: true);

        await HttpAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "Payload Too Large");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task AValueLargerThanTheServersBuffersIsStoredWhole(bool chunked)
    {
        // 3 MB: more than Kestrel's 1 MB request buffer, so the body must be consumed as it arrives.
        var value = "\"" + string.Concat(Enumerable.Range(0, 3 * 1024 * 1024 / 16).Select(i => $"{i:D15}.")) + "\"";
        var key = "big-" + Guid.NewGuid().ToString("N");
        var content = chunked ? Chunked(value) : new StringContent(value, Encoding.UTF8, "application/json");

        using var put = await SendAsync(HttpMethod.Put, $"/api/v3/metadata/{key}", content, chunked);
        Assert.AreEqual(HttpStatusCode.OK, put.StatusCode, await put.Content.ReadAsStringAsync());

        var stored = await client.GetStringAsync($"/api/v3/metadata/{key}");
        Assert.AreEqual(value, stored);
    }
}
