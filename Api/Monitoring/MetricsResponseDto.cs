using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

/// <summary>The answer of <c>POST /api/v3/metrics</c>: one series per name and label set.</summary>
public sealed record MetricsResponseDto(
    [property: JsonPropertyName("timerange_sec")] long TimerangeSec,
    [property: JsonPropertyName("interval_sec")] long IntervalSec,
    IReadOnlyList<MetricSeriesDto> Metrics);
