using System.Net;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Errors the framework would produce itself still come in the contract's shape.</summary>
[TestClass]
public sealed class RoutingErrorTests
{
    private static CoreApiFactory factory = null!;

    [ClassInitialize]
    public static void Start(TestContext _) => factory = new CoreApiFactory();

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    [TestMethod]
    [DataRow("/api/v3/nothing")]
    [DataRow("/api/v3/process")]
    [DataRow("/api/unknown/deep/path")]
    public async Task AnUnknownApiPathWithoutATokenIsUnauthorized(string path)
    {
        await HttpAssert.UnauthorizedAsync(await factory.CreateClient().GetAsync(path));
    }

    [TestMethod]
    [DataRow("/api/v3/nothing")]
    [DataRow("/api/unknown/deep/path")]
    public async Task AnUnknownApiPathWithATokenIsDatarheisExactNotFound(string path)
    {
        var client = factory.CreateClient((await factory.LoginAsync()).Access);

        var response = await client.GetAsync(path);

        await HttpAssert.ErrorAsync(response, HttpStatusCode.NotFound, "Not Found", "Not Found");
        Assert.AreEqual(DatarheisNotFound, await response.Content.ReadAsStringAsync());
    }

    private const string DatarheisNotFound = """{"code":404,"message":"Not Found","details":["Not Found"]}""";

    [TestMethod]
    [DataRow("DELETE", "/api/v3/metadata")]
    [DataRow("POST", "/api/v3/metadata")]
    [DataRow("PATCH", "/api/v3/metadata/restreamer-ui")]
    [DataRow("POST", "/api/v3/log")]
    [DataRow("DELETE", "/api/v3/config")]
    public async Task AnUnservedMethodOnAKnownPathIsDatarheisExactNotFound(string method, string path)
    {
        var client = factory.CreateClient((await factory.LoginAsync()).Access);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await HttpAssert.ErrorAsync(response, HttpStatusCode.NotFound, "Not Found", "Not Found");
        Assert.AreEqual(DatarheisNotFound, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task APathOutsideTheApiIsAMissingFileOfTheDiskMountInTheContractShape()
    {
        await HttpAssert.ErrorAsync(await factory.CreateClient().GetAsync("/no/such/page"), HttpStatusCode.NotFound, "File not found", "/no/such/page");
    }

    [TestMethod]
    public async Task TheSwaggerUiAndDocumentArePublic()
    {
        var client = factory.CreateClient();

        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/api/swagger/index.html")).StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/api/swagger/v3/swagger.json")).StatusCode);
    }

    [TestMethod]
    public async Task ThousandsOfRandomBodiesAndTokensNeverCauseAServerError()
    {
        var random = new Random(20261128);
        var client = factory.CreateClient();
        string[] paths = ["/api/login", "/api/v3/metadata/k", "/api/login/refresh", "/api", "/api/v3/metadata", "/api/login/token", "/api/logout"];
        string[] contentTypes = ["application/json", "text/plain", "application/x-www-form-urlencoded", "application/merge-patch+json", "multipart/form-data; boundary=x"];
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var text = i % 2 == 0 ? Encoding.Latin1.GetString(bytes) : "{\"username\":" + Encoding.UTF8.GetString(bytes) + "}";
            using var request = new HttpRequestMessage(i % 3 == 0 ? HttpMethod.Get : i % 3 == 1 ? HttpMethod.Post : HttpMethod.Put, paths[i % paths.Length])
            {
                Content = i % 3 == 0 ? null : new StringContent(text, Encoding.UTF8),
            };
            if (request.Content is not null)
            {
                request.Content.Headers.Remove("Content-Type");
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentTypes[random.Next(contentTypes.Length)]);
            }

            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Convert.ToBase64String(bytes).Replace('+', '.'));

            var response = await client.SendAsync(request);

            Assert.IsTrue((int)response.StatusCode < 500, $"{request.Method} {request.RequestUri} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.AreNotEqual(0, (await response.Content.ReadAsByteArrayAsync()).Length, $"{request.Method} {request.RequestUri} gave an empty body");
        }
    }
}
