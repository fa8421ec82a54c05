using System.Text.Json.Serialization;

namespace CoreApi.About;

/// <summary><c>GET /api</c> with a valid access token (or when no token is needed).</summary>
public sealed record AboutResponse(
    [property: JsonPropertyName("app")] string App,
    [property: JsonPropertyName("auths")] IReadOnlyList<string> Auths,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("uptime_seconds")] long UptimeSeconds,
    [property: JsonPropertyName("version")] AboutVersion Version);
