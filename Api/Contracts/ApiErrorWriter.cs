using System.Text.Json;

namespace CoreApi.Contracts;

/// <summary>The one place outside MVC that writes an <see cref="ApiError"/> as the response.</summary>
public static class ApiErrorWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpResponse response, ApiError error)
    {
        response.StatusCode = error.Code;
        return response.WriteAsJsonAsync(error, Json, "application/json; charset=utf-8", response.HttpContext.RequestAborted);
    }
}
