using System.Text.Json.Serialization;

namespace CoreApi.About;

/// <param name="Number">The datarhei Core API level this product implements; clients gate on its major version.</param>
/// <param name="RepositoryCommit">The source revision of this build, when known.</param>
/// <param name="RepositoryBranch">The source branch of this build, when known.</param>
/// <param name="BuildDate">When this build was made.</param>
/// <param name="Arch">Operating system and processor, such as <c>linux/x64</c>.</param>
/// <param name="Compiler">The .NET runtime.</param>
/// <param name="ProductVersion">This product's own version.</param>
public sealed record AboutVersion(
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("repository_commit")] string RepositoryCommit,
    [property: JsonPropertyName("repository_branch")] string RepositoryBranch,
    [property: JsonPropertyName("build_date")] string BuildDate,
    [property: JsonPropertyName("arch")] string Arch,
    [property: JsonPropertyName("compiler")] string Compiler,
    [property: JsonPropertyName("product_version")] string ProductVersion);
