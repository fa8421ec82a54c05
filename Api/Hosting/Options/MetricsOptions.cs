using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>metrics</c>: the metric history of <c>/api/v3/metrics</c>.</summary>
public sealed class MetricsOptions
{
    public bool Enable { get; set; }

    [ConfigurationKeyName("enable_prometheus")]
    public bool EnablePrometheus { get; set; }

    [ConfigurationKeyName("range_sec")]
    public long RangeSec { get; set; } = 300;

    [ConfigurationKeyName("interval_sec")]
    public long IntervalSec { get; set; } = 2;
}
