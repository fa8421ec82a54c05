namespace CoreApi.Monitoring;

/// <summary>One value of one series: a metric name, its labels (none: <c>null</c>), the value.</summary>
public sealed record MetricSample(string Name, IReadOnlyDictionary<string, string>? Labels, double Value);
