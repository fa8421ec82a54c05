using System.Text.Json.Serialization;

namespace CoreApi.Monitoring;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<SessionDto>>))]
[JsonSerializable(typeof(Dictionary<string, SessionSummaryDto>))]
[JsonSerializable(typeof(IReadOnlyList<MetricDescriptionDto>))]
[JsonSerializable(typeof(MetricsQueryDto))]
[JsonSerializable(typeof(MetricsResponseDto))]
public sealed partial class MonitoringJsonContext : JsonSerializerContext;
