using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoreApi.Application;
using CoreApi.Domain;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// Writes HS256 JWTs (RFC 7519 §7.1) exactly as datarhei Core does: header <c>{"alg":"HS256","typ":"JWT"}</c>
/// and the claims of <see cref="TokenClaims"/> as JSON numbers and strings. The compact form (RFC 7515 §7.1,
/// header.payload.signature in base64url) is assembled in one byte buffer and becomes a string once.
/// </summary>
// Stack buffers are not zeroed: each is read only as far as it was written.
[SkipLocalsInit]
public sealed class HmacTokenIssuer(JwtSigningKeys keys) : ITokenIssuer
{
    private const int StackLimit = 1024;
    private static readonly byte[] EncodedHeader = Encoding.ASCII.GetBytes(Hs256TokenReader.EncodedHeader);

    // Characters the JSON writer's default encoder copies as they are: printable ASCII but " \ and the HTML-sensitive
    // & ' + < > ` (it escapes those, control characters and all non-ASCII). IssuedPayloadTests hold the two equal.
    private static readonly SearchValues<char> PlainCharacters =
        SearchValues.Create(" !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

    // All of the layout but the subject, at most: 61 bytes of names and punctuation, three numbers of up to 20 bytes
    // (a long with its sign), the 13-byte issuer, a 36-byte UUID and the longer use (7).
    private const int PlainLayoutMaxLength = 61 + (3 * 20) + 13 + 36 + 7;

    // One JSON writer and buffer per thread, reset for each token: issuing runs on every login and refresh.
    [ThreadStatic] private static ArrayBufferWriter<byte>? payloadBuffer;
    [ThreadStatic] private static Utf8JsonWriter? payloadWriter;

    public IssuedToken Issue(TokenClaims claims)
    {
        var payload = Payload(claims);
        var length = EncodedHeader.Length + 1 + Base64Url.GetEncodedLength(payload.Length) + 1 + Base64Url.GetEncodedLength(HMACSHA256.HashSizeInBytes);
        byte[]? rented = null;
        var token = length <= StackLimit ? stackalloc byte[StackLimit] : rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            EncodedHeader.CopyTo(token);
            var end = EncodedHeader.Length;
            token[end++] = (byte)'.';
            end += Base64Url.EncodeToUtf8(payload, token[end..]);

            Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
            keys.Signer(claims.Subject).Sign(token[..end], signature);
            token[end++] = (byte)'.';
            end += Base64Url.EncodeToUtf8(signature, token[end..]);
            return new IssuedToken(Encoding.ASCII.GetString(token[..end]), claims);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The claims as JSON: <c>{"exi":…,"exp":…,"iat":…,"iss":"…","jti":"…","sub":"…","usefor":"…"}</c>. A subject that
    /// needs no escaping (nearly every one) is put into that layout directly; any other goes through the JSON writer,
    /// whose bytes the direct layout reproduces exactly.
    /// </summary>
    internal static ReadOnlySpan<byte> Payload(TokenClaims claims)
    {
        var buffer = payloadBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        if (!claims.Subject.AsSpan().ContainsAnyExcept(PlainCharacters))
        {
            buffer.Advance(WritePlainLayout(claims, buffer.GetSpan(PlainLayoutMaxLength + claims.Subject.Length)));
            return buffer.WrittenSpan;
        }

        return PayloadByJsonWriter(claims, buffer);
    }

    internal static ReadOnlySpan<byte> PayloadByJsonWriter(TokenClaims claims, ArrayBufferWriter<byte> buffer)
    {
        var json = payloadWriter ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);

        Span<byte> id = stackalloc byte[36];
        claims.Id.TryFormat(id, out _, "D");
        json.WriteStartObject();
        json.WriteNumber("exi"u8, claims.ExpiresIn);
        json.WriteNumber("exp"u8, claims.ExpiresAt);
        json.WriteNumber("iat"u8, claims.IssuedAt);
        json.WriteString("iss"u8, claims.Issuer);
        json.WriteString("jti"u8, id);
        json.WriteString("sub"u8, claims.Subject);
        json.WriteString("usefor"u8, claims.Use.ToClaimValue());
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan;
    }

    private static int WritePlainLayout(TokenClaims claims, Span<byte> to)
    {
        var n = 0;
        Put(to, ref n, "{\"exi\":"u8);
        Number(to, ref n, claims.ExpiresIn);
        Put(to, ref n, ",\"exp\":"u8);
        Number(to, ref n, claims.ExpiresAt);
        Put(to, ref n, ",\"iat\":"u8);
        Number(to, ref n, claims.IssuedAt);
        Put(to, ref n, ",\"iss\":\""u8);
        Text(to, ref n, claims.Issuer);
        Put(to, ref n, "\",\"jti\":\""u8);
        claims.Id.TryFormat(to[n..], out var written, "D");
        n += written;
        Put(to, ref n, "\",\"sub\":\""u8);
        Text(to, ref n, claims.Subject);
        Put(to, ref n, "\",\"usefor\":\""u8);
        Text(to, ref n, claims.Use.ToClaimValue());
        Put(to, ref n, "\"}"u8);
        return n;
    }

    private static void Put(Span<byte> to, ref int n, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(to[n..]);
        n += bytes.Length;
    }

    private static void Number(Span<byte> to, ref int n, long value)
    {
        value.TryFormat(to[n..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        n += written;
    }

    // ASCII only (the plain characters, the issuer, the uses).
    private static void Text(Span<byte> to, ref int n, string text)
    {
        Ascii.FromUtf16(text, to[n..], out var written);
        n += written;
    }
}
