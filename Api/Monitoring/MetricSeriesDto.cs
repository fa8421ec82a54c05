namespace CoreApi.Monitoring;

/// <summary>One series: <c>values</c> are <c>[unix seconds, value]</c> pairs, oldest first; <c>labels</c> is <c>null</c> when it has none.</summary>
public sealed record MetricSeriesDto(string Name, IReadOnlyDictionary<string, string>? Labels, IReadOnlyList<double[]> Values);
