using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using CoreApi.Domain;

namespace CoreApi.Infrastructure.Security;

/// <summary>The claims of a token whose signature and lifetime have been verified.</summary>
public sealed record VerifiedClaims(string? Subject, string? UseFor, long? IssuedAt, bool HasIssuedAt, string? Id, long ExpiresAt, long? NotBefore = null);

/// <summary>
/// Verifies our HS256 JWTs (RFC 7519, JWS compact form RFC 7515 §7.1) in about a microsecond, without the
/// allocations of a general-purpose handler. It is strict where a general handler is lenient: the header may
/// hold only <c>alg</c> = <c>HS256</c> and <c>typ</c> = <c>JWT</c>; <c>exp</c> is required; <c>nbf</c> is honoured;
/// <c>iss</c> must be the realm; claims we read must have their JSON type and appear once. The signature is
/// checked, in constant time, before any claim is trusted. When every subject has the same key it is checked before
/// anything of the token is even decoded (a forged token costs one HMAC, nothing more); otherwise only the unverified
/// <c>sub</c> picks its user's key.
/// </summary>
// Stack buffers are not zeroed: each is read only as far as it was written.
[SkipLocalsInit]
public static class Hs256TokenReader
{
    public const int MaxTokenBytes = 4096;
    private const int SignatureBytes = 32;

    /// <summary>The header every token we issue carries, in base64url: checked as text, it needs no decoding.</summary>
    public const string EncodedHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    /// <summary>
    /// Null and a reason when the token is refused; the claims, and the key that verified them, when it is valid for
    /// <paramref name="nowSeconds"/>.
    /// </summary>
    public static VerifiedClaims? Verify(
        string token, ITokenKeys keys, long nowSeconds, long skewSeconds, out HmacSigner? signer, out string? failure)
    {
        signer = null;
        try
        {
            return VerifyCore(token, keys, nowSeconds, skewSeconds, ref signer, out failure);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or JsonException)
        {
            // Broken base64 or JSON text deep inside a string: malformed, whatever the detail.
            failure = "malformed token";
            return null;
        }
    }

    private static VerifiedClaims? VerifyCore(
        string token, ITokenKeys keys, long nowSeconds, long skewSeconds, ref HmacSigner? signer, out string? failure)
    {
        failure = null;
        if (token.Length is 0 or > MaxTokenBytes || !Ascii.IsValid(token))
        {
            return Refuse("malformed token", out failure);
        }

        var first = token.IndexOf('.');
        var last = token.LastIndexOf('.');
        if (first <= 0 || last == first || token.AsSpan(first + 1, last - first - 1).Contains('.') || last == token.Length - 1)
        {
            return Refuse("malformed token", out failure);
        }

        Span<byte> signature = stackalloc byte[SignatureBytes + 3];
        if (!Base64Url.TryDecodeFromChars(token.AsSpan(last + 1), signature, out var signatureLength) || signatureLength != SignatureBytes)
        {
            return Refuse("invalid signature", out failure);
        }

        // The signing input: the token's ASCII up to the last dot (RFC 7515 §5.2).
        // Sized to this token, not to the limit: the runtime zeroes what is allocated here.
        Span<byte> signingInput = stackalloc byte[last];
        Encoding.ASCII.GetBytes(token.AsSpan(0, last), signingInput);
        if (keys.Shared is { } shared)
        {
            signer = shared;
            if (!SignatureMatches(signingInput, signature[..SignatureBytes], shared))
            {
                return Refuse("invalid signature", out failure);
            }
        }

        Span<byte> decoded = stackalloc byte[last];
        if (!token.AsSpan(0, first).SequenceEqual(EncodedHeader)
            && (!Base64Url.TryDecodeFromChars(token.AsSpan(0, first), decoded, out var headerLength) || !HeaderIsHs256Jwt(decoded[..headerLength])))
        {
            return Refuse("the header must be {\"alg\":\"HS256\",\"typ\":\"JWT\"}", out failure);
        }

        if (!Base64Url.TryDecodeFromChars(token.AsSpan(first + 1, last - first - 1), decoded, out var payloadLength)
            || !(TryReadIssuedLayout(decoded[..payloadLength], out var claims) || ReadClaims(decoded[..payloadLength], out claims)))
        {
            return Refuse("malformed claims", out failure);
        }

        if (signer is null)
        {
            signer = keys.Signer(claims.Subject);
            if (!SignatureMatches(signingInput, signature[..SignatureBytes], signer))
            {
                return Refuse("invalid signature", out failure);
            }
        }

        if (claims.ExpiresAt == long.MinValue)
        {
            return Refuse("no exp", out failure);
        }

        if (!claims.IssuerIsRealm)
        {
            return Refuse("wrong issuer", out failure);
        }

        var verified = new VerifiedClaims(claims.Subject, claims.UseFor, claims.IssuedAt, claims.HasIssuedAt, claims.Id, claims.ExpiresAt, claims.NotBefore);
        return LifetimeFailure(verified, nowSeconds, skewSeconds) is { } lifetime ? Refuse(lifetime, out failure) : verified;
    }

    private static bool SignatureMatches(ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature, HmacSigner key)
    {
        Span<byte> expected = stackalloc byte[SignatureBytes];
        key.Sign(signingInput, expected);
        return Sha256Digests.EqualInConstantTime(expected, signature);
    }

    /// <summary>Why the token's <c>exp</c> / <c>nbf</c> (RFC 7519 §4.1.4, §4.1.5) refuse it at <paramref name="nowSeconds"/>; null when they do not.</summary>
    public static string? LifetimeFailure(VerifiedClaims claims, long nowSeconds, long skewSeconds) =>
        claims.ExpiresAt + skewSeconds < nowSeconds ? "expired"
        : claims.NotBefore is { } nbf && nbf - skewSeconds > nowSeconds ? "not valid yet (nbf)"
        : null;

    private static VerifiedClaims? Refuse(string reason, out string? failure)
    {
        failure = reason;
        return null;
    }

    private static bool HeaderIsHs256Jwt(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 2 });
        bool alg = false, typ = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("alg"u8) && !alg)
                {
                    alg = reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("HS256"u8);
                    if (!alg)
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("typ"u8) && !typ)
                {
                    typ = reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("JWT"u8);
                    if (!typ)
                    {
                        return false;
                    }
                }
                else
                {
                    return false; // kid, jku, jwk, x5u, crit, a repeated alg: nothing we issue
                }
            }

            return alg && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>What a payload says, before it is trusted; a struct, so reading it allocates nothing but its strings.</summary>
    internal record struct Claims
    {
        public string? Subject, UseFor, Id;
        public bool IssuerIsRealm;
        public long? IssuedAt, NotBefore;
        public bool HasIssuedAt;
        public long ExpiresAt;
    }

    // The part of our layout between the issued-at time and the token id, the realm spelled out.
    private static readonly byte[] IssuerThenId = Encoding.UTF8.GetBytes($",\"iss\":\"{TokenClaims.Realm}\",\"jti\":");

    /// <summary>
    /// Reads a payload laid out exactly as <see cref="HmacTokenIssuer"/> writes it — <c>exi</c>, <c>exp</c>, <c>iat</c>,
    /// <c>iss</c>, <c>jti</c>, <c>sub</c>, <c>usefor</c> in this order, no spaces, plain integers, strings without escapes —
    /// by matching that layout, without the general reader's token-by-token state machine: this runs on the first
    /// request with every token (ADR-007). False for anything else (another order, an escape, a fraction, another
    /// issuer or use, invalid UTF-8), which <see cref="ReadClaims"/> then decides exactly as it always has; where this
    /// accepts, that reader would have read the same claims.
    /// </summary>
    internal static bool TryReadIssuedLayout(ReadOnlySpan<byte> json, out Claims claims)
    {
        claims = default;
        if (!Literal(ref json, "{\"exi\":"u8) || !Integer(ref json, out _)
            || !Literal(ref json, ",\"exp\":"u8) || !Integer(ref json, out var expiresAt)
            || !Literal(ref json, ",\"iat\":"u8) || !Integer(ref json, out var issuedAt)
            || !Literal(ref json, IssuerThenId) || !PlainString(ref json, out var id)
            || !Literal(ref json, ",\"sub\":"u8) || !PlainString(ref json, out var subject)
            || !Literal(ref json, ",\"usefor\":\""u8))
        {
            return false;
        }

        var use = json.SequenceEqual("access\"}"u8) ? TokenUseNames.Access : json.SequenceEqual("refresh\"}"u8) ? TokenUseNames.Refresh : null;
        claims = new Claims
        {
            Subject = subject, UseFor = use, Id = id, IssuerIsRealm = true, ExpiresAt = expiresAt, IssuedAt = issuedAt, HasIssuedAt = true,
        };
        return use is not null;
    }

    private static bool Literal(ref ReadOnlySpan<byte> json, ReadOnlySpan<byte> literal)
    {
        if (!json.StartsWith(literal))
        {
            return false;
        }

        json = json[literal.Length..];
        return true;
    }

    // A JSON integer as the writer formats one (RFC 8259 §6): no sign, no leading zero, at most 18 digits (no overflow).
    private static bool Integer(ref ReadOnlySpan<byte> json, out long value)
    {
        value = 0;
        var digits = json.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        if (digits is <= 0 or > 18 || (json[0] == '0' && digits > 1))
        {
            return false;
        }

        foreach (var digit in json[..digits])
        {
            value = (value * 10) + (digit - '0');
        }

        json = json[digits..];
        return true;
    }

    // A JSON string without escapes or control characters (RFC 8259 §7), its UTF-8 valid: nothing to unescape.
    private static bool PlainString(ref ReadOnlySpan<byte> json, out string? value)
    {
        value = null;
        if (json.IsEmpty || json[0] != '"')
        {
            return false;
        }

        var length = json[1..].IndexOfAny((byte)'"', (byte)'\\');
        if (length < 0 || json[1 + length] != '"' || json.Slice(1, length).ContainsAnyInRange((byte)0, (byte)0x1F) || !Utf8.IsValid(json.Slice(1, length)))
        {
            return false;
        }

        value = Encoding.UTF8.GetString(json.Slice(1, length));
        json = json[(length + 2)..];
        return true;
    }

    /// <summary>
    /// The general, strict reader: any order, escapes, fractions; a claim we decide on twice, a wrong JSON type where we
    /// need one, trailing data or malformed JSON refuse the payload.
    /// </summary>
    internal static bool ReadClaims(ReadOnlySpan<byte> json, out Claims claims)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        claims = new Claims { ExpiresAt = long.MinValue };
        var seen = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var bit = ClaimBit(ref reader);
                if ((seen & bit) != 0)
                {
                    return false; // a claim we decide on appears twice: which one would count?
                }

                seen |= bit;
                reader.Read();
                switch (bit)
                {
                    case 1: claims.Subject = String(ref reader); break;
                    case 2: claims.UseFor = Use(ref reader); break;
                    case 4: claims.IssuerIsRealm = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(TokenClaims.Realm); reader.Skip(); break;
                    case 8: claims.Id = String(ref reader); break;
                    case 16: claims.ExpiresAt = Time(ref reader) ?? long.MinValue; if (reader.TokenType != JsonTokenType.Number) { return false; } break;
                    case 32: claims.NotBefore = Time(ref reader); if (claims.NotBefore is null) { return false; } break;
                    case 64: claims.HasIssuedAt = true; claims.IssuedAt = Time(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The claims we decide on, one bit each; 0 for any other name.
    private static int ClaimBit(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return reader.ValueTextEquals("sub"u8) ? 1 : reader.ValueTextEquals("usefor"u8) ? 2 : reader.ValueTextEquals("iss"u8) ? 4
                : reader.ValueTextEquals("jti"u8) ? 8 : reader.ValueTextEquals("exp"u8) ? 16 : reader.ValueTextEquals("nbf"u8) ? 32
                : reader.ValueTextEquals("iat"u8) ? 64 : 0;
        }

        var name = reader.ValueSpan;
        return name.Length == 6 ? (name.SequenceEqual("usefor"u8) ? 2 : 0)
            : name.Length != 3 ? 0
            : name.SequenceEqual("sub"u8) ? 1 : name.SequenceEqual("iss"u8) ? 4 : name.SequenceEqual("jti"u8) ? 8
            : name.SequenceEqual("exp"u8) ? 16 : name.SequenceEqual("nbf"u8) ? 32 : name.SequenceEqual("iat"u8) ? 64 : 0;
    }

    // The two uses we issue as the same strings every time; anything else as it is, for the use check to refuse.
    private static string? Use(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.String ? Skip(ref reader)
        : reader.ValueTextEquals(TokenUseNames.Access) ? TokenUseNames.Access
        : reader.ValueTextEquals(TokenUseNames.Refresh) ? TokenUseNames.Refresh
        : reader.GetString();

    private static string? String(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String ? reader.GetString() : Skip(ref reader);

    private static string? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    // NumericDate (RFC 7519 §2): seconds, possibly with a fraction; anything else is no date.
    private static long? Time(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            reader.Skip();
            return null;
        }

        return reader.TryGetInt64(out var whole) ? whole
            : reader.TryGetDouble(out var value) && double.IsFinite(value) && Math.Abs(value) < 1e15 ? (long)Math.Floor(value)
            : null;
    }
}
