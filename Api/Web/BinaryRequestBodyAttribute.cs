namespace CoreApi.Web;

/// <summary>Describes to the OpenAPI document a request body of raw bytes (a file's content) that the action streams itself.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BinaryRequestBodyAttribute : Attribute;
