using System.Net;
using CoreApi.Hosting;
using CoreApi.Tests.Support;
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
    public void TheConsoleLogIsZLoggersInsteadOfTheFrameworksLogger()
    {
        using var factory = new CoreApiFactory();

        var providers = factory.Services.GetServices<ILoggerProvider>().Select(provider => provider.GetType()).ToList();

        CollectionAssert.Contains(providers, typeof(ZLogger.Providers.ZLoggerConsoleLoggerProvider));
        CollectionAssert.DoesNotContain(providers, typeof(Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider));
    }

    [TestMethod]
    public void TheServerRunsServerGcWithDatasAndConservedMemoryFromItsRuntimeConfig()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Api.runtimeconfig.json");
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.IsTrue(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.AreEqual(1, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.AreEqual("5", properties.GetProperty("System.GC.ConserveMemory").ToString());
    }

    [TestMethod]
    public async Task DataProtectionKeepsItsKeysInTheDataDirectory()
    {
        using var factory = new CoreApiFactory();
        await factory.CreateClient().GetAsync("/ping");

        var protector = factory.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("test");
        CollectionAssert.AreEqual("x"u8.ToArray(), protector.Unprotect(protector.Protect("x"u8.ToArray())));

        var folder = factory.Services.GetRequiredService<CoreApi.Storage.DataDirectory>().File(AuthExtensions.DataProtectionFolder);
        Assert.IsNotEmpty(Directory.GetFiles(folder, "key-*.xml"), folder);
    }
}
