using System.Buffers.Text;
using System.Text;
using CoreApi.Domain;
using CoreApi.Infrastructure.Security;
using CoreApi.Tests.Support;

namespace CoreApi.Tests.Unit;

/// <summary>The reader's fast path for payloads laid out as we issue them, held against its general JSON reader.</summary>
[TestClass]
public sealed class IssuedLayoutReaderTests
{
    private static readonly HmacTokenIssuer Issuer = new(SigningKeys.Create("admin", "pw", "secret"));

    private static byte[] PayloadOf(string jwt) => Base64Url.DecodeFromChars(jwt.Split('.')[1]);

    private static Hs256TokenReader.Claims General(ReadOnlySpan<byte> payload)
    {
        Assert.IsTrue(Hs256TokenReader.ReadClaims(payload, out var claims));
        return claims;
    }

    [TestMethod]
    [DataRow("admin", TokenUse.Access)]
    [DataRow("admin", TokenUse.Refresh)]
    [DataRow("auth0|5f1e2d3c4b5a", TokenUse.Access)]
    [DataRow("user.name@example.org", TokenUse.Refresh)]
    public void EveryTokenWeIssueIsReadByTheLayoutAsTheGeneralReaderReadsIt(string subject, TokenUse use)
    {
        var payload = PayloadOf(Issuer.Issue(TokenClaims.Issue(subject, use, DateTimeOffset.UtcNow)).Jwt);

        Assert.IsTrue(Hs256TokenReader.TryReadIssuedLayout(payload, out var fast), Encoding.UTF8.GetString(payload));
        Assert.AreEqual(General(payload), fast);
        Assert.AreEqual(subject, fast.Subject);
    }

    [TestMethod]
    [DataRow("a\"b")]
    [DataRow("a\\b")]
    [DataRow("a+b")]
    [DataRow("<script>")]
    [DataRow("tab\there")]
    [DataRow("Jürgen Ærø")]
    [DataRow("名前😀")]
    public void ASubjectTheWriterEscapesIsLeftToTheGeneralReader(string subject)
    {
        var payload = PayloadOf(Issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, DateTimeOffset.UtcNow)).Jwt);

        Assert.IsFalse(Hs256TokenReader.TryReadIssuedLayout(payload, out _));
        Assert.AreEqual(subject, General(payload).Subject);
    }

    private const string Issued = """{"exi":600,"exp":1800000600,"iat":1800000000,"iss":"datarhei-core","jti":"0f8fad5b-d9cb-469f-a165-70867728950e","sub":"admin","usefor":"access"}""";

    [TestMethod]
    public void TheLayoutItMatchesIsTheOneWeIssue()
    {
        Assert.IsTrue(Hs256TokenReader.TryReadIssuedLayout(Encoding.UTF8.GetBytes(Issued), out var claims));
        Assert.AreEqual(General(Encoding.UTF8.GetBytes(Issued)), claims);
        Assert.AreEqual(1800000600, claims.ExpiresAt);
        Assert.AreEqual("0f8fad5b-d9cb-469f-a165-70867728950e", claims.Id);
    }

    [TestMethod]
    [DataRow("\"exp\":1800000600", "\"exp\": 1800000600", DisplayName = "a space")]
    [DataRow("\"exp\":1800000600", "\"exp\":1800000600.5", DisplayName = "a fraction")]
    [DataRow("\"exp\":1800000600", "\"exp\":01800000600", DisplayName = "a leading zero")]
    [DataRow("\"exp\":1800000600", "\"exp\":-1", DisplayName = "a sign")]
    [DataRow("\"exp\":1800000600", "\"exp\":1e9", DisplayName = "an exponent")]
    [DataRow("\"exp\":1800000600", "\"exp\":1234567890123456789", DisplayName = "19 digits")]
    [DataRow("\"exp\":1800000600", "\"exp\":\"1800000600\"", DisplayName = "exp a string")]
    [DataRow("\"exi\":600,", "", DisplayName = "no exi")]
    [DataRow("\"iss\":\"datarhei-core\"", "\"iss\":\"Datarhei-core\"", DisplayName = "another issuer")]
    [DataRow("\"sub\":\"admin\"", "\"sub\":\"adm\\u0069n\"", DisplayName = "an escaped subject")]
    [DataRow("\"sub\":\"admin\"", "\"sub\":null", DisplayName = "sub null")]
    [DataRow("\"sub\":\"admin\"", "\"sub\":\"ad\u0001min\"", DisplayName = "a control character")]
    [DataRow("\"usefor\":\"access\"", "\"usefor\":\"Access\"", DisplayName = "another use")]
    [DataRow("\"usefor\":\"access\"}", "\"usefor\":\"access\",\"nbf\":1}", DisplayName = "one claim more")]
    [DataRow("}", "} ", DisplayName = "trailing space")]
    [DataRow("}", "", DisplayName = "no end")]
    [DataRow("\"exp\":1800000600,\"iat\":1800000000", "\"iat\":1800000000,\"exp\":1800000600", DisplayName = "another order")]
    public void AnyOtherPayloadIsLeftToTheGeneralReader(string part, string replacement)
    {
        Assert.IsFalse(Hs256TokenReader.TryReadIssuedLayout(Encoding.UTF8.GetBytes(Issued.Replace(part, replacement)), out _));
    }

    [TestMethod]
    public void ASubjectThatIsNotUtf8IsLeftToTheGeneralReaderWhichRefusesIt()
    {
        var payload = Encoding.UTF8.GetBytes(Issued.Replace("admin", "ad\u00ffmin"));
        payload[Array.IndexOf(payload, (byte)0xC3)] = 0xFF; // a byte no UTF-8 text holds

        Assert.IsFalse(Hs256TokenReader.TryReadIssuedLayout(payload, out _));
        Assert.ThrowsExactly<InvalidOperationException>(() => Hs256TokenReader.ReadClaims(payload, out _)); // "malformed token" from Verify
    }

    [TestMethod]
    public void EveryPrefixOfTheLayoutIsDeclinedWithoutAnException()
    {
        var payload = Encoding.UTF8.GetBytes(Issued);
        for (var length = 0; length < payload.Length; length++)
        {
            Assert.IsFalse(Hs256TokenReader.TryReadIssuedLayout(payload.AsSpan(0, length), out _), $"{length} bytes");
        }
    }
}
