using System.Text;
using System.Text.Json;
using CoreApi.Auth;
using CoreApi.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Tests.Unit;

/// <summary>
/// The tokens IdentityModel issues for us are byte-compatible with datarhei's (ADR-008): its exact header, and the
/// claims sorted by name with numbers as numbers, whatever the subject holds.
/// </summary>
[TestClass]
public sealed class IssuedTokenLayoutTests
{
    private static readonly JwtTokenIssuer Issuer = new(SigningKeys.Create("admin", "pw", "secret"));

    private static (string Header, string Payload) Parts(string jwt)
    {
        var parts = jwt.Split('.');
        Assert.HasCount(3, parts);
        return (Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[0])), Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])));
    }

    [TestMethod]
    [DataRow(TokenUse.Access, 600)]
    [DataRow(TokenUse.Refresh, 86400)]
    public void ATokenHasDatarheisHeaderAndItsClaimsInDatarheisOrder(TokenUse use, int lifetime)
    {
        var claims = TokenClaims.Issue("admin", use, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

        var (header, payload) = Parts(Issuer.Issue(claims).Jwt);

        Assert.AreEqual("""{"alg":"HS256","typ":"JWT"}""", header);
        var expected = $$"""{"exi":{{lifetime}},"exp":{{1_800_000_000 + lifetime}},"iat":1800000000,"iss":"datarhei-core","jti":"{{claims.Id:D}}","sub":"admin","usefor":"{{use.ToClaimValue()}}"}""";
        Assert.AreEqual(expected, payload);
    }

    [TestMethod]
    [DataRow("Ärger", DisplayName = "non-ASCII")]
    [DataRow("日本語", DisplayName = "CJK")]
    [DataRow("a\"b\\c", DisplayName = "quote and backslash")]
    [DataRow("<script>&'+`", DisplayName = "HTML-sensitive")]
    [DataRow("tab\there\nnewline", DisplayName = "control characters")]
    [DataRow("😀", DisplayName = "surrogate pair")]
    public void AnySubjectIsWrittenAsAJsonStringThatReadsBackAsItself(string subject)
    {
        var (_, payload) = Parts(Issuer.Issue(TokenClaims.Issue(subject, TokenUse.Access, DateTimeOffset.UtcNow)).Jwt);

        using var json = JsonDocument.Parse(payload);
        Assert.AreEqual(subject, json.RootElement.GetProperty("sub").GetString());
        CollectionAssert.AreEqual(
            new[] { "exi", "exp", "iat", "iss", "jti", "sub", "usefor" },
            json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        // Escaped exactly as System.Text.Json's writer escapes a string by default, so the bytes do not depend on how the
        // payload is put together.
        StringAssert.Contains(payload, $",\"sub\":{JsonSerializer.Serialize(subject)},");
    }

    [TestMethod]
    public void TheEarliestAndLatestIssueTimesAreWrittenAsNumbers()
    {
        foreach (var at in new[] { DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-2) })
        {
            var (_, payload) = Parts(Issuer.Issue(TokenClaims.Issue("admin", TokenUse.Refresh, at)).Jwt);
            using var json = JsonDocument.Parse(payload);
            Assert.AreEqual(at.ToUnixTimeSeconds(), json.RootElement.GetProperty("iat").GetInt64());
            Assert.AreEqual(JsonValueKind.Number, json.RootElement.GetProperty("exi").ValueKind);
        }
    }

    [TestMethod]
    public void TokenIdsAreRandomVersion4Uuids()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => TokenClaims.Issue("admin", TokenUse.Access, DateTimeOffset.UtcNow).Id).ToList();

        Assert.HasCount(1000, ids.Distinct());
        Assert.IsTrue(ids.All(id => id.Version == 4 && (id.Variant & 0b1100) == 0b1000), "RFC 9562 §5.4");
    }
}
