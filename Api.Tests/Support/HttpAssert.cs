using System.Net;
using System.Text.Json;

namespace CoreApi.Tests.Support;

public static class HttpAssert
{
    /// <summary>Asserts the status and the contract's error body <c>{"code","message","details"}</c>, with exactly these details.</summary>
    public static async Task ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string message, params string[] details)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, text);
        Assert.AreEqual("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString(), text);
        using var body = JsonDocument.Parse(text);
        Assert.AreEqual((int)status, body.RootElement.GetProperty("code").GetInt32(), text);
        Assert.AreEqual(message, body.RootElement.GetProperty("message").GetString(), text);
        if (details.Length > 0)
        {
            CollectionAssert.AreEqual(details, body.RootElement.GetProperty("details").EnumerateArray().Select(d => d.GetString()).ToArray(), text);
        }
        else
        {
            Assert.AreEqual(JsonValueKind.Array, body.RootElement.GetProperty("details").ValueKind, text);
        }
    }

    public static Task UnauthorizedAsync(HttpResponseMessage response) =>
        ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized", "Missing or invalid JWT token");

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, text);
        Assert.AreEqual("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString(), text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
