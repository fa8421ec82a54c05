using System.Text.Json.Serialization;

namespace CoreApi.Logs;

/// <summary>One log entry.</summary>
/// <param name="Time">When it was written (UTC).</param>
/// <param name="Level"><c>DEBUG</c>, <c>INFO</c>, <c>WARN</c> or <c>ERROR</c>.</param>
/// <param name="Component">Where it came from, such as <c>Audit</c>.</param>
/// <param name="Message">The text.</param>
public sealed record LogLine(
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("component")] string Component,
    [property: JsonPropertyName("message")] string Message);
