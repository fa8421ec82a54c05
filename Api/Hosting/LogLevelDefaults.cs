namespace CoreApi.Hosting;

/// <summary>
/// Least log levels the product starts with, set in code so that they hold whichever <c>appsettings.json</c> is found
/// (none, when the server is started from another directory than its own). Each rule goes first in the list, so a
/// <c>Logging:LogLevel</c> entry for the same category, which comes later, still overrides it.
/// </summary>
public static class LogLevelDefaults
{
    public static IServiceCollection AddLogLevelDefault(this IServiceCollection services, string category, LogLevel level) =>
        services.Configure<LoggerFilterOptions>(options => options.Rules.Insert(0, new LoggerFilterRule(null, category, level, null)));
}
