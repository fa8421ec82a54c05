using CoreApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class LogLevelDefaultsTests
{
    [TestMethod]
    public void ADefaultHoldsWithoutAnyConfigurationForItsCategory()
    {
        using var factory = Factory(new() { ["Logging:LogLevel:Default"] = "Information" });

        Assert.IsFalse(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.IsTrue(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.IsTrue(factory.CreateLogger("Audit").IsEnabled(LogLevel.Information), "other categories follow the configured default");
    }

    [TestMethod]
    [DataRow("Microsoft.AspNetCore", DisplayName = "the same category")]
    [DataRow("Microsoft.AspNetCore.Hosting", DisplayName = "a narrower category")]
    public void TheConfigurationStillOverridesADefault(string configured)
    {
        using var factory = Factory(new() { ["Logging:LogLevel:Default"] = "Warning", [$"Logging:LogLevel:{configured}"] = "Information" });

        Assert.IsTrue(factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
    }

    private static ILoggerFactory Factory(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddProvider(Mock.Of<ILoggerProvider>(p => p.CreateLogger(It.IsAny<string>()) == Mock.Of<ILogger>(l => l.IsEnabled(It.IsAny<LogLevel>())))));
        services.AddLogLevelDefault("Microsoft.AspNetCore", LogLevel.Warning);
        return services.BuildServiceProvider().GetRequiredService<ILoggerFactory>();
    }
}
