using System.Text.Json.Serialization;

namespace CoreApi.About;

/// <summary><c>GET /api</c> without a valid access token. Carries no <c>id</c>: the Restreamer UI reads an <c>id</c> as "no login needed".</summary>
/// <param name="App">Always <c>datarhei-core</c>; clients check it.</param>
/// <param name="Auths">The login methods: <c>localjwt</c>, and one <c>auth0 domain=… audience=… clientid=…</c> per Auth0 tenant.</param>
/// <param name="Version">The API level.</param>
public sealed record MinimalAboutResponse(
    [property: JsonPropertyName("app")] string App,
    [property: JsonPropertyName("auths")] IReadOnlyList<string> Auths,
    [property: JsonPropertyName("version")] MinimalVersion Version);
