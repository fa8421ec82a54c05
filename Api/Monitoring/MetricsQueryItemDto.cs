namespace CoreApi.Monitoring;

/// <summary>A metric asked for: its exact name, and the labels its series must carry.</summary>
public sealed class MetricsQueryItemDto
{
    public string? Name { get; set; }

    public Dictionary<string, string>? Labels { get; set; }
}
