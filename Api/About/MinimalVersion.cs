using System.Text.Json.Serialization;

namespace CoreApi.About;

/// <param name="Number">The datarhei API level.</param>
public sealed record MinimalVersion([property: JsonPropertyName("number")] string Number);
