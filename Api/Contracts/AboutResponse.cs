using System.Text.Json.Serialization;

namespace CoreApi.Contracts;

/// <summary><c>GET /api</c> without a valid access token. Carries no <c>id</c>: the Restreamer UI reads an <c>id</c> as "no login needed".</summary>
/// <param name="App">Always <c>datarhei-core</c>; clients check it.</param>
/// <param name="Auths">The login methods: <c>localjwt</c>, and one <c>auth0 domain=… audience=… clientid=…</c> per Auth0 tenant.</param>
/// <param name="Version">The API level.</param>
public sealed record MinimalAboutResponse(
    [property: JsonPropertyName("app")] string App,
    [property: JsonPropertyName("auths")] IReadOnlyList<string> Auths,
    [property: JsonPropertyName("version")] MinimalVersion Version);

/// <param name="Number">The datarhei API level.</param>
public sealed record MinimalVersion([property: JsonPropertyName("number")] string Number);

/// <summary><c>GET /api</c> with a valid access token (or when no token is needed).</summary>
public sealed record AboutResponse(
    [property: JsonPropertyName("app")] string App,
    [property: JsonPropertyName("auths")] IReadOnlyList<string> Auths,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("uptime_seconds")] long UptimeSeconds,
    [property: JsonPropertyName("version")] AboutVersion Version);

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
