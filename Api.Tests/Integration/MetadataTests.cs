using System.Net;
using System.Text;
using CoreApi.Storage;
using CoreApi.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class MetadataTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient client = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["api:metadata:max_value_bytes"] = "4096" });
        client = factory.CreateClient((await factory.LoginAsync()).Access);
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PutAsync(string key, string body, string contentType = "application/json") =>
        client.PutAsync($"/api/v3/metadata/{key}", new StringContent(body, Encoding.UTF8, contentType));

    private static string NewKey() => "key-" + Guid.NewGuid().ToString("N");

    [TestMethod]
    public async Task AnUnknownKeyIsNotFound()
    {
        await HttpAssert.ErrorAsync(await client.GetAsync("/api/v3/metadata/restreamer-ui-" + Guid.NewGuid()), HttpStatusCode.NotFound, "Metadata not found", "unknown key");
    }

    [TestMethod]
    public async Task AStoredValueIsReturnedAsStored()
    {
        var key = NewKey();

        var put = await HttpAssert.JsonAsync(await PutAsync(key, """{ "version": 1, "names": ["a", "b"], "nested": {"x": null, "y": 1.5e3} }"""));
        var get = await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/metadata/{key}"));

        var expected = """{"version":1,"names":["a","b"],"nested":{"x":null,"y":1.5e3}}""";
        Assert.AreEqual(expected, put.GetRawText());
        Assert.AreEqual(expected, get.GetRawText());
    }

    [TestMethod]
    [DataRow("\"text\"")]
    [DataRow("42")]
    [DataRow("true")]
    [DataRow("[1,2,3]")]
    [DataRow("{}")]
    public async Task AnyJsonValueCanBeStored(string value)
    {
        var key = NewKey();

        await HttpAssert.JsonAsync(await PutAsync(key, value));

        Assert.AreEqual(value, (await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/metadata/{key}"))).GetRawText());
    }

    [TestMethod]
    public async Task PuttingNullDeletesTheKey()
    {
        var key = NewKey();
        await PutAsync(key, "1");

        var put = await PutAsync(key, "null");

        Assert.AreEqual("null", (await HttpAssert.JsonAsync(put)).GetRawText());
        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v3/metadata/{key}")).StatusCode);
    }

    [TestMethod]
    public async Task AllMetadataIsOneObjectOfTheStoredKeys()
    {
        using var fresh = new CoreApiFactory();
        var freshClient = fresh.CreateClient((await fresh.LoginAsync()).Access);
        Assert.AreEqual("{}", (await HttpAssert.JsonAsync(await freshClient.GetAsync("/api/v3/metadata"))).GetRawText());

        await freshClient.PutAsync("/api/v3/metadata/b", new StringContent("[1]", Encoding.UTF8, "application/json"));
        await freshClient.PutAsync("/api/v3/metadata/a", new StringContent("{\"x\":\"y\"}", Encoding.UTF8, "application/json"));

        Assert.AreEqual("""{"a":{"x":"y"},"b":[1]}""", (await HttpAssert.JsonAsync(await freshClient.GetAsync("/api/v3/metadata"))).GetRawText());

        await freshClient.PutAsync("/api/v3/metadata/a", new StringContent("null", Encoding.UTF8, "application/json"));
        var afterDelete = await freshClient.GetAsync("/api/v3/metadata");
        Assert.AreEqual("""{"b":[1]}""", await afterDelete.Content.ReadAsStringAsync());
        Assert.AreEqual("application/json; charset=utf-8", afterDelete.Content.Headers.ContentType?.ToString());
        Assert.AreEqual(9, afterDelete.Content.Headers.ContentLength);
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty body")]
    [DataRow("{\"a\":", DisplayName = "truncated")]
    [DataRow("{'a':1}", DisplayName = "single quotes")]
    [DataRow("{\"a\":1,\"a\":2}", DisplayName = "duplicate keys")]
    [DataRow("\"\\ud800\"", DisplayName = "lone surrogate")]
    [DataRow("[1,]", DisplayName = "trailing comma")]
    [DataRow("1 2", DisplayName = "two values")]
    [DataRow("// comment\n1", DisplayName = "comment")]
    public async Task ABodyThatIsNotJsonIsABadRequestNamingTheProblem(string body)
    {
        var key = NewKey();

        var response = await PutAsync(key, body);

        await HttpAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "Invalid JSON");
        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v3/metadata/{key}")).StatusCode);
    }

    [TestMethod]
    public async Task DeeplyNestedJsonIsABadRequest()
    {
        await HttpAssert.ErrorAsync(await PutAsync(NewKey(), new string('[', 100) + new string(']', 100)), HttpStatusCode.BadRequest, "Invalid JSON");
    }

    [TestMethod]
    [DataRow("text/plain")]
    [DataRow("application/x-www-form-urlencoded")]
    public async Task TheBodyIsReadAsJsonWhateverTheContentType(string contentType)
    {
        var key = NewKey();

        await HttpAssert.JsonAsync(await PutAsync(key, "{\"a\":[1,2]}", contentType));

        Assert.AreEqual("{\"a\":[1,2]}", (await HttpAssert.JsonAsync(await client.GetAsync($"/api/v3/metadata/{key}"))).GetRawText());
    }

    [TestMethod]
    public async Task AFormBodyWithJQueryStyleKeysIsNotAServerError()
    {
        await HttpAssert.ErrorAsync(await PutAsync(NewKey(), "[1,2=3", "application/x-www-form-urlencoded"), HttpStatusCode.BadRequest, "Invalid JSON");
        var response = await client.PutAsync("/api/v3/metadata/x?%5B1%2C2=3", new StringContent("1", Encoding.UTF8, "application/json"));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    [DataRow(".hidden")]
    [DataRow("with%20space")]
    [DataRow("a%2Fb")]
    [DataRow("%C3%A4")]
    public async Task AnInvalidKeyIsABadRequest(string key)
    {
        await HttpAssert.ErrorAsync(await PutAsync(key, "1"), HttpStatusCode.BadRequest, "Bad Request");
        await HttpAssert.ErrorAsync(await client.GetAsync($"/api/v3/metadata/{key}"), HttpStatusCode.BadRequest, "Bad Request");
    }

    [TestMethod]
    public async Task AKeyLongerThan128CharactersIsABadRequest()
    {
        await HttpAssert.ErrorAsync(await PutAsync(new string('k', 129), "1"), HttpStatusCode.BadRequest, "Bad Request");
        await HttpAssert.JsonAsync(await PutAsync(new string('k', 128), "1"));
    }

    [TestMethod]
    public async Task AValueOverTheLimitIsRefusedWith413AndNotStored()
    {
        var key = NewKey();

        var response = await PutAsync(key, "\"" + new string('v', 5000) + "\"");

        await HttpAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "Payload Too Large");
        Assert.AreEqual(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v3/metadata/{key}")).StatusCode);
    }

    [TestMethod]
    public async Task MetadataNeedsAnAccessToken()
    {
        var anonymous = factory.CreateClient();

        await HttpAssert.UnauthorizedAsync(await anonymous.GetAsync("/api/v3/metadata"));
        await HttpAssert.UnauthorizedAsync(await anonymous.GetAsync("/api/v3/metadata/restreamer-ui"));
        await HttpAssert.UnauthorizedAsync(await anonymous.PutAsync("/api/v3/metadata/restreamer-ui", new StringContent("{}", Encoding.UTF8, "application/json")));
    }

    [TestMethod]
    public async Task MetadataIsKeptInASqliteFileInTheDataDirectory()
    {
        var key = NewKey();
        await PutAsync(key, "[\"on disk\"]");

        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "core.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM metadata WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);

        Assert.AreEqual("[\"on disk\"]", command.ExecuteScalar());
    }
}
