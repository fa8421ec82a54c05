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

    private static VerifiedClaims? Verify(string token, out string? failure) => Verify(token, new SharedKey(Signer), out failure);

    private static VerifiedClaims? Verify(string token, ITokenKeys keys, out string? failure) =>
        Hs256TokenReader.Verify(token, keys, Now, 0, out _, out failure);

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
    public void TheHeaderCheckedAsTextIsTheOneWeIssue()
    {
        Assert.AreEqual("""{"alg":"HS256","typ":"JWT"}""", Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(Hs256TokenReader.EncodedHeader)));
    }

    [TestMethod]
    public void ClaimNamesAndValuesWrittenWithJsonEscapesAreReadAsTheirText()
    {
        var payload = """{"\u0073ub":"adm\u0069n","usefor":"\u0061ccess","i\u0073s":"datarhei-\u0063ore","exp":99999999999,"jti":"1"}""";
        var token = SignRaw("""{"alg":"HS256","typ":"JWT"}""", System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)));

        var claims = Verify(token, out var failure);

        Assert.IsNotNull(claims, failure);
        Assert.AreEqual("admin", claims.Subject);
        Assert.AreEqual("access", claims.UseFor);
    }

    [TestMethod]
    [DataRow("\"iss\":\"Datarhei-core\"", "wrong issuer")]
    [DataRow("\"iss\":1", "wrong issuer")]
    [DataRow("\"iss\":[\"datarhei-core\"]", "wrong issuer")]
    [DataRow("\"iss\":\"datarhei-core\",\"usefor\":\"Access\"", null)]
    [DataRow("\"iss\":\"datarhei-core\",\"usefor\":7", null)]
    public void TheIssuerMustBeTheRealmStringAndAnyUseIsLeftToTheUseCheck(string claims, string? failure)
    {
        var token = SignRaw("""{"alg":"HS256","typ":"JWT"}""", System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"exp\":99999999999,\"sub\":\"admin\"," + claims + "}")));

        var verified = Verify(token, out var reason);

        Assert.AreEqual(failure, reason);
        Assert.AreEqual(failure is null, verified is not null);
    }

    [TestMethod]
    [DataRow("\"usefor\":\"Access\"", "Access")]
    [DataRow("\"usefor\":\"refresh\"", "refresh")]
    [DataRow("\"usefor\":7", null)]
    public void TheUseIsReadAsItStands(string use, string? expected)
    {
        var token = SignRaw("""{"alg":"HS256","typ":"JWT"}""", System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"exp\":99999999999,\"iss\":\"datarhei-core\"," + use + "}")));

        Assert.AreEqual(expected, Verify(token, out _)?.UseFor);
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

    [TestMethod]
    public void AForgedTokenIsRefusedBeforeItsClaimsAreReadWhenEverySubjectSharesTheKey()
    {
        var signed = SignRaw("""{"alg":"HS256","typ":"JWT"}""", "bm90IGpzb24"); // the payload is "not json"
        var forged = signed[..(signed.LastIndexOf('.') + 1)] + new string('A', 43);

        Assert.IsNull(Verify(forged, new SharedKey(Signer), out var shared));
        Assert.IsNull(Verify(forged, new KeyPerSubject(Signer), out var perSubject));

        Assert.AreEqual("invalid signature", shared, "the signature is checked first, the payload (not JSON) never read");
        Assert.AreEqual("malformed claims", perSubject, "the subject must be read to pick its key");
    }

    [TestMethod]
    public void WithAKeyPerSubjectTheSubjectsKeyVerifiesTheToken()
    {
        var keys = new KeyPerSubject(Signer);
        var token = Jwt.Sign(Key, Jwt.Claims());

        Assert.IsNotNull(Verify(token, keys, out var failure), failure);
        CollectionAssert.AreEqual(new[] { "admin" }, keys.Asked);
    }

    [TestMethod]
    public void TheKeyThatVerifiedATokenIsReturnedWithItsClaims()
    {
        var claims = Hs256TokenReader.Verify(Jwt.Sign(Key, Jwt.Claims()), new SharedKey(Signer), Now, 0, out var signer, out _);

        Assert.IsNotNull(claims);
        Assert.AreSame(Signer, signer);
    }

    private sealed class SharedKey(HmacSigner key) : ITokenKeys
    {
        public HmacSigner? Shared => key;

        public HmacSigner Signer(string? subject) => key;
    }

    private sealed class KeyPerSubject(HmacSigner key) : ITokenKeys
    {
        public List<string?> Asked { get; } = [];

        public HmacSigner? Shared => null;

        public HmacSigner Signer(string? subject)
        {
            Asked.Add(subject);
            return key;
        }
    }

    private static string SignRaw(string header, string encodedPayload)
    {
        var input = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + encodedPayload;
        return input + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(input)));
    }
}
