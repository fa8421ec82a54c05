using System.Net;
using System.Text;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Integration;

/// <summary>What the data directory keeps across a restart of the server.</summary>
[TestClass]
public sealed class RestartTests
{
    private static readonly Dictionary<string, string?> NoSecret = new() { ["api:auth:jwt:secret"] = "" };

    [TestMethod]
    public async Task MetadataSurvivesARestart()
    {
        var directory = TempDirectory.Create();
        using (var before = new CoreApiFactory(directory))
        {
            var client = before.CreateClient((await before.LoginAsync()).Access);
            await client.PutAsync("/api/v3/metadata/restreamer-ui", new StringContent("{\"welcome\":false}", Encoding.UTF8, "application/json"));
        }

        using var after = new CoreApiFactory(directory);
        var response = await after.CreateClient((await after.LoginAsync()).Access).GetAsync("/api/v3/metadata/restreamer-ui");

        Assert.AreEqual("{\"welcome\":false}", (await HttpAssert.JsonAsync(response)).GetRawText());
    }

    [TestMethod]
    public async Task WithoutAConfiguredSecretTokensSurviveARestart()
    {
        var directory = TempDirectory.Create();
        string access, refresh;
        using (var before = new CoreApiFactory(directory, NoSecret))
        {
            (access, refresh) = await before.LoginAsync();
        }

        using var after = new CoreApiFactory(directory, NoSecret);

        Assert.AreEqual(HttpStatusCode.OK, (await after.CreateClient(access).GetAsync("/api/v3/metadata")).StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, (await after.CreateClient(refresh).GetAsync("/api/login/refresh")).StatusCode);
    }

    [TestMethod]
    public async Task TheGeneratedSecretDiffersBetweenDataDirectories()
    {
        using var first = new CoreApiFactory(overrides: NoSecret);
        using var second = new CoreApiFactory(overrides: NoSecret);
        var (access, _) = await first.LoginAsync();

        await HttpAssert.UnauthorizedAsync(await second.CreateClient(access).GetAsync("/api/v3/metadata"));
    }

    [TestMethod]
    public async Task TheGeneratedSecretIsNotTheEmptySecret()
    {
        using var factory = new CoreApiFactory(overrides: NoSecret);
        var forgedWithEmptySecret = Jwt.Sign(factory.SigningKey, Jwt.Claims());

        await HttpAssert.UnauthorizedAsync(await factory.CreateClient(forgedWithEmptySecret).GetAsync("/api/v3/metadata"));
    }
}
