using System.Text.Json.Serialization;

namespace CoreApi.Auth;

/// <summary>The answer of a refresh.</summary>
/// <param name="AccessToken">A new access token for the same subject.</param>
/// <param name="RefreshToken">With refresh-token rotation on (<c>api.auth.jwt.rotate_refresh</c>): the refresh token to use next time.</param>
public sealed record RefreshResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken = null);
