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

    private static ReadOnlySpan<byte> Payload(TokenClaims claims)
    {
        var buffer = payloadBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
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
}
