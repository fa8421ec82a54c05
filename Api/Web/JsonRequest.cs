using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoreApi.Web;

/// <summary>
/// A JSON request body checked in datarhei's order (CONTRACT-CORE §0), every failure a 400 <c>Invalid JSON</c>: no
/// bytes, then a content type that is not JSON, then the parser's complaint.
/// </summary>
public static class JsonRequest
{
    public const string InvalidJson = "Invalid JSON";

    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    /// <summary>Reads the body as a JSON node (any JSON value), or says why it cannot.</summary>
    public static async Task<(JsonNode? Value, ApiError? Error)> ReadAsync(HttpRequest request, int limit)
    {
        var body = await RequestBody.ReadAsync(request, limit, request.HttpContext.RequestAborted);
        if (body.Length == 0)
        {
            return (null, Invalid("request doesn't contain any content"));
        }

        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Invalid("request doesn't contain JSON content"));
        }

        try
        {
            // Parsed completely first: JsonNode alone parses lazily and would throw later, on duplicate keys or lone surrogates.
            using var document = JsonDocument.Parse(body, Parsing);
            return (JsonNode.Parse(document.RootElement.GetRawText()), null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(e.Message));
        }
    }

    /// <summary>Reads the body as <typeparamref name="T"/> (a JSON <c>null</c> gives <c>null</c>), or says why it cannot, as <see cref="ReadAsync(HttpRequest, int)"/>.</summary>
    public static async Task<(T? Value, ApiError? Error)> ReadAsync<T>(HttpRequest request, int limit, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        var (node, error) = await ReadAsync(request, limit);
        if (error is not null)
        {
            return (null, error);
        }

        try
        {
            return (node.Deserialize(type), null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(e.Message));
        }
    }

    public static ApiError Invalid(params string[] details) => new(StatusCodes.Status400BadRequest, InvalidJson, details);
}
