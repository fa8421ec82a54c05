using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Controllers;

/// <summary>
/// A 200 JSON answer written straight to the response with build-time generated serialisation, for the answers on
/// the hot path (tokens). Same bytes as <c>Ok(value)</c> of an action that only produces <c>application/json</c>,
/// without the per-request output-formatter selection.
/// </summary>
public sealed class JsonAnswer<T>(T value, JsonTypeInfo<T> typeInfo) : IActionResult
{
    private const string ContentType = "application/json; charset=utf-8";

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        return response.WriteAsJsonAsync(value, typeInfo, ContentType, context.HttpContext.RequestAborted);
    }
}
