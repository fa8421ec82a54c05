using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class LogOptions
{
    /// <summary>The least level kept: <c>debug</c>, <c>info</c>, <c>warn</c> or <c>error</c>.</summary>
    public string Level { get; set; } = "info";

    /// <summary>How many log entries <c>GET /api/v3/log</c> keeps (the newest).</summary>
    [ConfigurationKeyName("max_lines")]
    public int MaxLines { get; set; } = 1000;
}
