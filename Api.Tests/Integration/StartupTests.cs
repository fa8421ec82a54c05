using System.Net;
using CoreApi.Extensions;
using CoreApi.Infrastructure.Logging;
using CoreApi.Infrastructure.Memory;
using CoreApi.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoreApi.Tests.Integration;

[TestClass]
public sealed class StartupTests
{
    [TestMethod]
    [DataRow("api:auth:username", "api.auth.username (CORE_API_AUTH_USERNAME)")]
    [DataRow("api:auth:password", "api.auth.password (CORE_API_AUTH_PASSWORD)")]
    public void AuthWithoutCredentialsRefusesToStartNamingTheSetting(string key, string named)
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { [key] = "" });

        var error = Startup.Refusal(factory);

        StringAssert.Contains(error.Message, named);
    }

    [TestMethod]
    public void AnInvalidAddressRefusesToStartNamingTheSetting()
    {
        using var factory = new CoreApiFactory(overrides: new Dictionary<string, string?> { ["address"] = "nonsense" });

        var error = Startup.Refusal(factory);

        StringAssert.Contains(error.Message, "address (CORE_ADDRESS)");
    }

    [TestMethod]
    public async Task TheDevelopmentSettingsAtTheRepositoryRootAreUsedInDevelopment()
    {
        using var factory = new CoreApiFactory(environment: "Development", overrides: new Dictionary<string, string?>
        {
            ["api:auth:username"] = null,
            ["api:auth:password"] = null,
        });
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/login", new StringContent(
            """{"username":"admin","password":"dev-password"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public void NoDataProtectionKeyRingIsLoadedOrCreatedAtStart()
    {
        using var factory = new CoreApiFactory();

        var hosted = factory.Services.GetServices<IHostedService>().Select(service => service.GetType().FullName).ToList();

        Assert.IsTrue(hosted.Count > 0, "the web host itself is a hosted service");
        CollectionAssert.DoesNotContain(hosted, AuthenticationExtensions.DataProtectionStartup);
        Assert.IsNotNull(factory.Services.GetService<IDataProtectionProvider>(), "data protection stays available on demand");
    }

    [TestMethod]
    public void TheConsoleLogIsWrittenInBatchesInsteadOfByTheFrameworksLogger()
    {
        using var factory = new CoreApiFactory();

        var providers = factory.Services.GetServices<ILoggerProvider>().Select(provider => provider.GetType()).ToList();

        CollectionAssert.Contains(providers, typeof(BatchedConsoleLoggerProvider));
        CollectionAssert.DoesNotContain(providers, typeof(Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider));
    }

    [TestMethod]
    public void TheServerReturnsMemoryAfterLoadWithTheRuntimesOwnTrim()
    {
        using var factory = new CoreApiFactory();

        Assert.IsInstanceOfType<RuntimeProcessMemory>(factory.Services.GetRequiredService<IProcessMemory>());
        Assert.ContainsSingle(factory.Services.GetServices<IHostedService>().OfType<IdleMemoryTrimmer>());
    }
}
