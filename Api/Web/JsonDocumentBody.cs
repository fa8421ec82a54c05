using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoreApi.Web;

/// <summary>A request body parsed as JSON, or the parser's complaint.</summary>
public sealed record JsonDocumentBody(JsonNode? Value, string? Error)
{
    public const int MaxBytes = 1024 * 1024;
}
