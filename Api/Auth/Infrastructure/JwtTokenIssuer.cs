using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoreApi.Auth;

/// <summary>
/// Issues HS256 JWTs (RFC 7519 §7.1) byte for byte as datarhei Core does, through IdentityModel's
/// <see cref="JsonWebTokenHandler"/>: it writes the header <c>{"alg":"HS256","typ":"JWT"}</c>, encodes the parts and
/// signs them. The payload is ours only because its bytes are part of the contract: datarhei writes its claims sorted
/// by name, numbers as JSON numbers (<c>exi</c> too, which the Restreamer UI reads), and the handler's descriptor path
/// would order them as it likes and add <c>nbf</c> (ADR-008).
/// </summary>
public sealed class JwtTokenIssuer(JwtSigningKeys keys) : ITokenIssuer
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(TokenClaims claims)
    {
        return new IssuedToken(Handler.CreateToken(Payload(claims), keys.CredentialsFor(claims.Subject)), claims);
    }

    /// <summary>The claims as JSON, names in datarhei's (sorted) order: <c>exi, exp, iat, iss, jti, sub, usefor</c>.</summary>
    private static string Payload(TokenClaims claims)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("exi"u8, claims.ExpiresIn);
            json.WriteNumber("exp"u8, claims.ExpiresAt);
            json.WriteNumber("iat"u8, claims.IssuedAt);
            json.WriteString("iss"u8, claims.Issuer);
            json.WriteString("jti"u8, claims.Id.ToString("D"));
            json.WriteString("sub"u8, claims.Subject);
            json.WriteString("usefor"u8, claims.Use.ToClaimValue());
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
