using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

/// <summary>The body of <c>POST /api/v3/metrics</c> (CONTRACT-CORE §13.2).</summary>
public sealed class MetricsQueryDto
{
    /// <summary>0: the current values; more: the history of that many seconds.</summary>
    [JsonPropertyName("timerange_sec")]
    public long TimerangeSec { get; set; }

    /// <summary>The spacing of history values; 0: <c>metrics.interval_sec</c>.</summary>
    [JsonPropertyName("interval_sec")]
    public long IntervalSec { get; set; }

    public List<MetricsQueryItemDto>? Metrics { get; set; }
}
