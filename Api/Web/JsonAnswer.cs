using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Web;

/// <summary>
/// A 200 JSON answer of ready UTF-8 bytes, written in one piece with its <c>Content-Length</c> (as datarhei answers
/// small bodies, not chunked): for the answers on the hot path, without MVC's per-request output-formatter selection
/// and the text writer that re-encodes a string answer.
/// </summary>
public sealed class JsonAnswer(ReadOnlyMemory<byte> utf8) : IActionResult
{
    /// <summary><paramref name="value"/> serialised by build-time generated code: the same bytes as <c>Ok(value)</c>.</summary>
    public static JsonAnswer Of<T>(T value, JsonTypeInfo<T> typeInfo) => new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    public Task ExecuteResultAsync(ActionContext context) =>
        JsonBytes.WriteAsync(context.HttpContext.Response, StatusCodes.Status200OK, utf8);
}
