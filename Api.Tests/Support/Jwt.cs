using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoreApi.Tests.Support;

/// <summary>Mints tokens by hand, byte for byte, as an attacker or datarhei Core would: any header, any claims, any key.</summary>
public static class Jwt
{
    public static readonly Dictionary<string, object?> Hs256Header = new() { ["alg"] = "HS256", ["typ"] = "JWT" };

    /// <summary>Claims as datarhei Core issues them, valid now.</summary>
    public static Dictionary<string, object?> Claims(string subject = CoreApiFactory.Username, string use = "access", long lifetime = 600)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["exi"] = lifetime,
            ["exp"] = now + lifetime,
            ["iat"] = now,
            ["iss"] = "datarhei-core",
            ["jti"] = Guid.NewGuid().ToString(),
            ["sub"] = subject,
            ["usefor"] = use,
        };
    }

    public static string Sign(byte[] key, IDictionary<string, object?> claims, IDictionary<string, object?>? header = null, string algorithm = "HS256")
    {
        var input = Segment(header ?? Hs256Header) + "." + Segment(claims);
        var data = Encoding.ASCII.GetBytes(input);
        var signature = algorithm switch
        {
            "HS384" => HMACSHA384.HashData(key, data),
            "HS512" => HMACSHA512.HashData(key, data),
            _ => HMACSHA256.HashData(key, data),
        };
        return input + "." + Base64Url.EncodeToString(signature);
    }

    public static string Unsigned(IDictionary<string, object?> claims) =>
        Segment(new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Segment(claims) + ".";

    public static JsonElement Header(string token) => Decode(token.Split('.')[0]);

    public static JsonElement Payload(string token) => Decode(token.Split('.')[1]);

    public static string Segment(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));

    private static JsonElement Decode(string segment) => JsonDocument.Parse(Base64Url.DecodeFromChars(segment)).RootElement.Clone();
}
