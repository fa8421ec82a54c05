using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>gzip for clients that ask (CONTRACT-CORE §0): text-like answers, never the token answers, never media segments.</summary>
[TestClass]
public sealed class CompressionTests
{
    private static async Task<HttpResponseMessage> GetGzipAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await client.SendAsync(request);
    }

    [TestMethod]
    public async Task JsonAndPlaylistsAreCompressedTokensAndSegmentsAreNot()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["storage:memory:auth:password"] = "pw" });
        var (access, _) = await factory.LoginAsync();
        var client = factory.CreateClient(access);
        await client.PutAsync("/api/v3/fs/mem/c.m3u8", new StringContent(new string('#', 4000)));
        await client.PutAsync("/api/v3/fs/mem/c_1.ts", new ByteArrayContent(new byte[4000]));

        var config = await GetGzipAsync(client, "/api/v3/config");
        Assert.AreEqual("gzip", config.Content.Headers.ContentEncoding.Single());
        CollectionAssert.Contains(config.Headers.Vary.ToArray(), "Accept-Encoding");
        Assert.AreEqual("gzip", (await GetGzipAsync(client, "/memfs/c.m3u8")).Content.Headers.ContentEncoding.Single());
        Assert.AreEqual(0, (await GetGzipAsync(client, "/memfs/c_1.ts")).Content.Headers.ContentEncoding.Count);

        var login = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = new StringContent($$"""{"username":"{{CoreApiFactory.Username}}","password":"{{CoreApiFactory.Password}}"}""", Encoding.UTF8, "application/json") };
        login.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var tokens = await factory.CreateClient().SendAsync(login);
        Assert.AreEqual(HttpStatusCode.OK, tokens.StatusCode);
        Assert.AreEqual(0, tokens.Content.Headers.ContentEncoding.Count, "token answers are never compressed (BREACH)");

        Assert.AreEqual(0, (await client.GetAsync("/api/v3/config")).Content.Headers.ContentEncoding.Count, "only when asked");
    }
}
