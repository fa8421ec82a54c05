using System.Text.Json;

namespace CoreApi.Web;

/// <summary>Writes an <see cref="ApiError"/> as the response, outside MVC (middleware, authentication events).</summary>
public static class ApiErrorWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpResponse response, ApiError error)
    {
        response.StatusCode = error.Code;
        return response.WriteAsJsonAsync(error, Json, JsonBytes.ContentType, response.HttpContext.RequestAborted);
    }

    /// <summary>An error that never changes, serialised once: refusals are the answers an attacker can ask for cheapest.</summary>
    public static Fixed Prepare(ApiError error) => new(error.Code, JsonSerializer.SerializeToUtf8Bytes(error, Json));

    public static Task WriteAsync(HttpResponse response, Fixed error) => JsonBytes.WriteAsync(response, error.Code, error.Body);

    public sealed record Fixed(int Code, ReadOnlyMemory<byte> Body);
}
