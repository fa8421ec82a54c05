using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Controllers;

/// <summary>
/// A 200 JSON answer of ready UTF-8 bytes, written in one piece with its <c>Content-Length</c> (as datarhei answers
/// small bodies, not chunked): for the answers on the hot path, without MVC's per-request output-formatter selection
/// and the text writer that re-encodes a string answer.
/// </summary>
public sealed class JsonAnswer(ReadOnlyMemory<byte> utf8) : IActionResult
{
    private const string ContentType = "application/json; charset=utf-8";

    /// <summary><paramref name="value"/> serialised by build-time generated code: the same bytes as <c>Ok(value)</c>.</summary>
    public static JsonAnswer Of<T>(T value, JsonTypeInfo<T> typeInfo) => new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = utf8.Length;
        var write = response.BodyWriter.WriteAsync(utf8, context.HttpContext.RequestAborted);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }
}
