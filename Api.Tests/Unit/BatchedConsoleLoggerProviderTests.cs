using System.Text.Json;
using CoreApi.Infrastructure.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class BatchedConsoleLoggerProviderTests
{
    [TestMethod]
    public void LinesAreFormattedAsTheFrameworksSimpleFormatterDoesByDefault()
    {
        var (output, _) = Log(new(), logger => logger.LogInformation(1001, "Login succeeded: {Subject}", "admin"));

        Assert.AreEqual($"info: Audit[1001]{Environment.NewLine}      Login succeeded: admin{Environment.NewLine}", output);
    }

    [TestMethod]
    public void TheConfiguredFormatterAndItsOptionsAreUsed()
    {
        var (output, _) = Log(
            new() { ["Logging:Console:FormatterName"] = "json", ["Logging:Console:FormatterOptions:IncludeScopes"] = "true" },
            logger =>
            {
                using (logger.BeginScope("request {Id}", 7))
                {
                    logger.LogWarning("Login failed: {Reason}", "wrong password");
                }
            });

        using var line = JsonDocument.Parse(output);
        Assert.AreEqual("Audit", line.RootElement.GetProperty("Category").GetString());
        Assert.AreEqual("Warning", line.RootElement.GetProperty("LogLevel").GetString());
        Assert.AreEqual("wrong password", line.RootElement.GetProperty("State").GetProperty("Reason").GetString());
        Assert.AreEqual(7, line.RootElement.GetProperty("Scopes")[0].GetProperty("Id").GetInt32());
    }

    [TestMethod]
    public void LinesFromTheErrorThresholdUpGoToStandardError()
    {
        var (output, error) = Log(
            new() { ["Logging:Console:LogToStandardErrorThreshold"] = "Error" },
            logger =>
            {
                logger.LogWarning("a warning");
                logger.LogError("an error");
            });

        StringAssert.Contains(output, "a warning");
        StringAssert.Contains(error, "an error");
        Assert.IsFalse(output.Contains("an error"), output);
    }

    [TestMethod]
    public void LevelsConfiguredForTheConsoleProviderApplyToIt()
    {
        var (output, _) = Log(
            new() { ["Logging:LogLevel:Default"] = "Information", ["Logging:Console:LogLevel:Default"] = "Warning" },
            logger =>
            {
                logger.LogInformation("quiet");
                logger.LogWarning("loud");
            });

        Assert.IsFalse(output.Contains("quiet"), output);
        StringAssert.Contains(output, "loud");
    }

    // Logs through a logger factory built as the host builds it, with the provider writing to two string writers.
    private static (string Output, string Error) Log(Dictionary<string, string?> settings, Action<ILogger> log)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole().ClearProviders());
        services.AddSingleton<ILoggerProvider>(provider => new BatchedConsoleLoggerProvider(
            provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(),
            provider.GetServices<ConsoleFormatter>(),
            new ConsoleBatchWriter(output, error, TimeSpan.FromMilliseconds(5))));
        using (var container = services.BuildServiceProvider())
        {
            log(container.GetRequiredService<ILoggerFactory>().CreateLogger("Audit"));
        }

        return (output.ToString(), error.ToString());
    }
}
