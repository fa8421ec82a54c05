using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// What IdentityModel leaves open and our contract does not: it reads a header with a <c>kid</c>, a lower-case
/// <c>typ</c> or a repeated name, and a payload with a repeated claim (the last one wins), an <c>exp</c> written as a
/// string, or data after the JSON object. We refuse them all: a claim we decide on must appear once and with its JSON
/// type, so that no two readers of a token can disagree on what it says. Runs after the library has verified the
/// signature, on a token's first sight only (the verified-token cache remembers the answer).
/// </summary>
public static class TokenShape
{
    /// <summary>The headers we take, in base64url: the one datarhei and we issue, and its two other spellings.</summary>
    private static readonly HashSet<string> AcceptedHeaders = new(StringComparer.Ordinal)
    {
        Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}"""),
        Base64UrlEncoder.Encode("""{"typ":"JWT","alg":"HS256"}"""),
        Base64UrlEncoder.Encode("""{"alg":"HS256"}"""),
    };

    public const string HeaderRule = "the header must be {\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    public static bool HeaderIsAccepted(JsonWebToken token) => AcceptedHeaders.Contains(token.EncodedHeader);

    /// <summary>The claims of <paramref name="token"/>'s payload when it is strict JSON with each claim we read once.</summary>
    public static VerifiedClaims? ReadClaims(JsonWebToken token)
    {
        try
        {
            return Read(Base64UrlEncoder.DecodeBytes(token.EncodedPayload), token.ValidTo);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            return null; // broken JSON, a lone surrogate in a string, a number out of range
        }
    }

    private static VerifiedClaims? Read(ReadOnlySpan<byte> json, DateTime validTo)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? subject = null, use = null, id = null;
        long? issuedAt = null;
        bool hasIssuedAt = false, hasExpiry = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var decided = name is "sub" or "usefor" or "iss" or "jti" or "exp" or "nbf" or "iat";
            if (decided && !seen.Add(name))
            {
                return null; // a claim we decide on twice: which one would count?
            }

            switch (name)
            {
                case "sub": subject = StringOrNull(ref reader); break;
                case "usefor": use = StringOrNull(ref reader); break;
                case "jti": id = StringOrNull(ref reader); break;
                case "iat": hasIssuedAt = true; issuedAt = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var iat) ? iat : null; break;
                case "exp": hasExpiry = reader.TokenType == JsonTokenType.Number; break;
                case "nbf" when reader.TokenType != JsonTokenType.Number: return null;
            }

            reader.Skip();
        }

        // The object has ended; anything after it is not JSON (the reader throws on it).
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || !hasExpiry)
        {
            return null;
        }

        return new VerifiedClaims(subject, use, issuedAt, hasIssuedAt, id, new DateTimeOffset(validTo, TimeSpan.Zero));
    }

    private static string? StringOrNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
}
