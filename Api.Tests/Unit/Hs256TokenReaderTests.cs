using System.Text;
using CoreApi.Infrastructure.Security;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class Hs256TokenReaderTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("adminpasswordsecret");
    private static readonly long Now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static readonly HmacSigner Signer = new(Key);

    private static VerifiedClaims? Verify(string token, out string? failure) => Hs256TokenReader.Verify(token, _ => Signer, Now, 0, out failure);

    [TestMethod]
    public void ADatarheiTokenIsVerified()
    {
        var claims = Verify(Jwt.Sign(Key, Jwt.Claims()), out _);

        Assert.IsNotNull(claims);
        Assert.AreEqual("admin", claims.Subject);
        Assert.AreEqual("access", claims.UseFor);
    }

    [TestMethod]
    [DataRow("""{"alg":"HS256"}""", true)]
    [DataRow("""{"typ":"JWT","alg":"HS256"}""", true)]
    [DataRow("""{"alg":"HS256","typ":"jwt"}""", false)]
    [DataRow("""{"alg":"HS256","alg":"HS256"}""", false)]
    [DataRow("""{"alg":"HS256","kid":"1"}""", false)]
    [DataRow("""{"alg":"none"}""", false)]
    [DataRow("""{"alg":["HS256"]}""", false)]
    [DataRow("""[]""", false)]
    public void OnlyAnHs256JwtHeaderIsAccepted(string header, bool accepted)
    {
        var token = SignRaw(header, Jwt.Segment(Jwt.Claims()));

        Assert.AreEqual(accepted, Verify(token, out var failure) is not null, failure);
    }

    [TestMethod]
    [DataRow("""{"exp":1,"exp":99999999999,"iss":"datarhei-core","sub":"admin","usefor":"access"}""", DisplayName = "duplicate exp")]
    [DataRow("""{"exp":"99999999999","iss":"datarhei-core"}""", DisplayName = "exp a string")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","nbf":"later"}""", DisplayName = "nbf a string")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"a"} trailing""", DisplayName = "trailing data")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"\ud800"}""", DisplayName = "lone surrogate")]
    [DataRow("""{"exp":1e400,"iss":"datarhei-core"}""", DisplayName = "huge exp")]
    public void MalformedClaimsAreRefused(string payload)
    {
        var token = SignRaw("""{"alg":"HS256","typ":"JWT"}""", System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)));

        Assert.IsNull(Verify(token, out _));
    }

    [TestMethod]
    public void ThousandsOfRandomTokensAreRefusedWithoutAnException()
    {
        var random = new Random(7);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \"{}é";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var token = i % 3 == 0
                ? "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + new string(chars)
                : i % 3 == 1 ? SignRaw("""{"alg":"HS256"}""", System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"exp\":" + new string(chars) + "}"))) : new string(chars);

            Assert.IsNull(Verify(token, out _), token);
        }
    }

    private static string SignRaw(string header, string encodedPayload)
    {
        var input = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + encodedPayload;
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(input)));
    }
}
