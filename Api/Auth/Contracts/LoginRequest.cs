using System.Text;
using System.Text.Json;
using CoreApi.Web;

namespace CoreApi.Auth;

/// <summary>The body of <c>POST /api/login</c>.</summary>
/// <param name="Username">The user of <c>api.auth.username</c>.</param>
/// <param name="Password">Its password.</param>
public sealed record LoginRequest(string? Username, string? Password)
{
    /// <summary>The largest login body read; a larger one is answered with 413.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static readonly LoginRequest Empty = new(null, null);

    /// <summary>
    /// The credentials of a login request's body (at most <see cref="MaxBodyBytes"/>); reading never fails for what the
    /// body holds — <see cref="LoginService"/> decides. Only a JSON content type (<c>application/json</c> or any
    /// <c>+json</c> type) is read, as datarhei reads only JSON.
    /// </summary>
    public static async Task<LoginRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        IsJson(request.ContentType) ? FromJson(await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken)) : Empty;

    /// <summary>
    /// Reads the credentials as datarhei does: a JSON object whose <c>username</c> and <c>password</c> keys match
    /// case-insensitively (the last one wins). Anything else — no JSON content type, not JSON, not an object,
    /// values that are not strings — yields no credentials, which validation answers with 400.
    /// </summary>
    public static LoginRequest FromJson(ReadOnlyMemory<byte> body)
    {
        // A reader, not a JsonDocument: the two strings are all a login needs, and the reader still refuses any
        // malformed text (to the end: trailing data, depth, bad escapes) as the document did.
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Empty;
            }

            string? username = null, password = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = KeyOf(ref reader);
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip(); // an object or array value, whole; a no-op for any other
                switch (key)
                {
                    case Key.Username: username = value; break;
                    case Key.Password: password = value; break;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? new LoginRequest(username, password) : Empty;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return Empty;
        }
    }

    private enum Key { Other, Username, Password }

    // Keys match without regard to ASCII case, as before with a document; an escaped key is unescaped first.
    private static Key KeyOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            var name = reader.GetString();
            return string.Equals(name, "username", StringComparison.OrdinalIgnoreCase) ? Key.Username
                : string.Equals(name, "password", StringComparison.OrdinalIgnoreCase) ? Key.Password
                : Key.Other;
        }

        var raw = reader.ValueSpan;
        return Ascii.EqualsIgnoreCase(raw, "username"u8) ? Key.Username
            : Ascii.EqualsIgnoreCase(raw, "password"u8) ? Key.Password
            : Key.Other;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
