using System.Text.Json.Serialization;

namespace CoreApi.Auth;

/// <summary>The answer of a login.</summary>
/// <param name="AccessToken">For <c>Authorization: Bearer …</c> on every <c>/api/v3/</c> call; valid 600 s (see its <c>exi</c> claim).</param>
/// <param name="RefreshToken">For <c>GET /api/login/refresh</c>; valid 86400 s.</param>
public sealed record LoginResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string RefreshToken);
