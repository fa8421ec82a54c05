using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoreApi.Application;
using CoreApi.Domain;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// Writes HS256 JWTs (RFC 7519 §7.1) exactly as datarhei Core does: header <c>{"alg":"HS256","typ":"JWT"}</c>
/// and the claims of <see cref="TokenClaims"/> as JSON numbers and strings.
/// </summary>
public sealed class HmacTokenIssuer(JwtSigningKeys keys) : ITokenIssuer
{
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public IssuedToken Issue(TokenClaims claims)
    {
        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(Payload(claims));
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        keys.Signer(claims.Subject).Sign(Encoding.ASCII.GetBytes(signingInput), signature);
        return new IssuedToken(signingInput + "." + Base64Url.EncodeToString(signature), claims);
    }

    private static ReadOnlySpan<byte> Payload(TokenClaims claims)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("exi", claims.ExpiresIn);
            json.WriteNumber("exp", claims.ExpiresAt);
            json.WriteNumber("iat", claims.IssuedAt);
            json.WriteString("iss", claims.Issuer);
            json.WriteString("jti", claims.Id.ToString("D"));
            json.WriteString("sub", claims.Subject);
            json.WriteString("usefor", claims.Use.ToClaimValue());
            json.WriteEndObject();
        }

        return buffer.WrittenSpan;
    }
}
