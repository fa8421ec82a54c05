namespace CoreApi.Monitoring;

/// <summary>A metric as <c>GET /api/v3/metrics</c> lists it: its name, what it measures, its label names.</summary>
public sealed record MetricDescriptionDto(string Name, string Description, IReadOnlyList<string> Labels);
