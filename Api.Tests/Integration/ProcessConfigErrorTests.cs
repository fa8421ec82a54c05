using System.Net;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>Every row of CONTRACT-CORE §2.3 that a config alone can trigger, with datarhei's exact detail; and the read role.</summary>
[TestClass]
public sealed class ProcessConfigErrorTests
{
    private static CoreApiFactory factory = null!;
    private static HttpClient admin = null!;
    private static HttpClient viewer = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        factory = new CoreApiFactory(overrides: new Dictionary<string, string?>
        {
            ["api:auth:users:0:name"] = "viewer",
            ["api:auth:users:0:password"] = "viewer-password",
            ["api:auth:users:0:role"] = "read",
        });
        admin = factory.CreateClient((await factory.LoginAsync()).Access);
        var login = await factory.CreateClient().PostAsync("/api/login", new StringContent("""{"username":"viewer","password":"viewer-password"}""", Encoding.UTF8, "application/json"));
        var token = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        viewer = factory.CreateClient(token);
        await HttpAssert.JsonAsync(await PostAsync(admin, """{"id":"other","autostart":false,"input":[{"id":"in","address":"testsrc","options":["-f","lavfi"]}],"output":[{"id":"o","address":"-"}]}"""));
    }

    [ClassCleanup]
    public static void Stop() => factory.Dispose();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/api/v3/process", new StringContent(json, Encoding.UTF8, "application/json"));

    private const string Lavfi = "\"options\":[\"-f\",\"lavfi\"]";

    [TestMethod]
    [DataRow($$"""[{"id":"in","address":""}]""", """[{"id":"out","address":"-"}]""", "reference error for '#p:in': empty address")]
    [DataRow($$"""[{"id":"in","address":"#other"}]""", """[{"id":"out","address":"-"}]""", "reference error for '#p:in': invalid format (#other)")]
    [DataRow($$"""[{"id":"in","address":"#p:output=out"}]""", """[{"id":"out","address":"-"}]""", "reference error for '#p:in': self-reference not possible (#p:output=out)")]
    [DataRow($$"""[{"id":"in","address":"#x:output=o"}]""", """[{"id":"out","address":"-"}]""", "reference error for '#p:in': unknown process 'x' (#x:output=o)")]
    [DataRow($$"""[{"id":"in","address":"#other:output=nope"}]""", """[{"id":"out","address":"-"}]""", "reference error for '#p:in': the process 'other' has no outputs with the ID 'nope' (#other:output=nope)")]
    [DataRow($$"""[{"id":" ","address":"testsrc",{{Lavfi}}}]""", """[{"id":"out","address":"-"}]""", "empty input IDs are not allowed (process 'p')")]
    [DataRow($$"""[{"id":"in","address":"testsrc",{{Lavfi}}},{"id":"in","address":"testsrc",{{Lavfi}}}]""", """[{"id":"out","address":"-"}]""", "the input ID 'in' is already in use for the process `p`")]
    [DataRow($$"""[{"id":"in","address":"  "}]""", """[{"id":"out","address":"-"}]""", "the address for input '#p:in' must not be empty")]
    [DataRow($$"""[{"id":"in","address":"testsrc",{{Lavfi}}}]""", """[{"id":" ","address":"-"}]""", "empty output IDs are not allowed (process 'p')")]
    [DataRow($$"""[{"id":"in","address":"testsrc",{{Lavfi}}}]""", """[{"id":"o","address":"-"},{"id":"o","address":"-"}]""", "the output ID 'o' is already in use for the process `p`")]
    [DataRow($$"""[{"id":"in","address":"testsrc",{{Lavfi}}}]""", """[{"id":"o","address":" "}]""", "the address for output '#p:o' must not be empty")]
    public async Task EachConfigProblemAnswersDatarheisDetail(string inputs, string outputs, string detail) =>
        await HttpAssert.ErrorAsync(await PostAsync(admin, $$"""{"id":"p","autostart":false,"input":{{inputs}},"output":{{outputs}}}"""), HttpStatusCode.BadRequest, "Invalid process config", detail);

    [TestMethod]
    public async Task AnOutputFileOutsideTheDiskDirectoryNamesBothPaths()
    {
        var response = await PostAsync(admin, $$"""{"id":"p","autostart":false,"input":[{"id":"in","address":"testsrc",{{Lavfi}}}],"output":[{"id":"o","address":"/tmp/x.mp4"}]}""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        StringAssert.Contains(body, "the address for output '#p:o' is invalid: /tmp/x.mp4 is not inside of ");
    }

    [TestMethod]
    public async Task ReadUsersMayReadButNotChangeOrProbe()
    {
        await HttpAssert.JsonAsync(await viewer.GetAsync("/api/v3/process"));
        await HttpAssert.JsonAsync(await viewer.GetAsync("/api/v3/process/other/state"));
        await HttpAssert.ErrorAsync(await PostAsync(viewer, """{"input":[{"address":"x"}],"output":[{"address":"-"}]}"""), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await viewer.PutAsync("/api/v3/process/other/command", new StringContent("""{"command":"start"}""", Encoding.UTF8, "application/json")), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await viewer.DeleteAsync("/api/v3/process/other"), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await viewer.GetAsync("/api/v3/process/other/probe"), HttpStatusCode.Forbidden, "Forbidden");
        await HttpAssert.ErrorAsync(await viewer.GetAsync("/api/v3/skills/reload"), HttpStatusCode.Forbidden, "Forbidden");
    }

    [TestMethod]
    public async Task TooManyInputsAndTooLargeBodiesAreRefused()
    {
        var inputs = string.Join(",", Enumerable.Range(0, 33).Select(i => $$"""{"id":"i{{i}}","address":"testsrc",{{Lavfi}}}"""));
        await HttpAssert.ErrorAsync(await PostAsync(admin, $$"""{"id":"p","autostart":false,"input":[{{inputs}}],"output":[{"id":"o","address":"-"}]}"""), HttpStatusCode.BadRequest, "Invalid process config", "a process may have at most 32 inputs (ffmpeg.limits.max_inputs), not 33");

        var huge = new string('x', 300 * 1024);
        var response = await PostAsync(admin, $$"""{"id":"p","reference":"{{huge}}","input":[{"address":"x"}],"output":[{"address":"-"}]}""");
        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
