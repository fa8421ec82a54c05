using System.Buffers;
using System.Text;
using CoreApi.Domain;
using CoreApi.Infrastructure.Security;

namespace CoreApi.Tests.Unit;

/// <summary>The issuer's direct payload layout, held byte for byte against the JSON writer it stands in for.</summary>
[TestClass]
public sealed class IssuedPayloadTests
{
    private static void AssertSameAsTheJsonWriter(string subject, TokenUse use = TokenUse.Access, DateTimeOffset? now = null)
    {
        var claims = TokenClaims.Issue(subject, use, now ?? DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var direct = Encoding.UTF8.GetString(HmacTokenIssuer.Payload(claims));
        var written = Encoding.UTF8.GetString(HmacTokenIssuer.PayloadByJsonWriter(claims, new ArrayBufferWriter<byte>()));

        Assert.AreEqual(written, direct, $"subject {string.Join(' ', subject.Select(c => ((int)c).ToString("x4")))}");
    }

    [TestMethod]
    [DataRow("admin", TokenUse.Access)]
    [DataRow("admin", TokenUse.Refresh)]
    [DataRow("auth0|5f1e2d3c4b5a", TokenUse.Access)]
    [DataRow("user.name@example.org", TokenUse.Refresh)]
    [DataRow("Ärger", TokenUse.Access, DisplayName = "non-ASCII")]
    [DataRow("日本語", TokenUse.Refresh, DisplayName = "CJK")]
    [DataRow("a\"b\\c", TokenUse.Access, DisplayName = "quote and backslash")]
    [DataRow("<script>&'+`", TokenUse.Access, DisplayName = "HTML-sensitive")]
    [DataRow("tab\there\nnewline", TokenUse.Access, DisplayName = "control characters")]
    [DataRow("😀", TokenUse.Access, DisplayName = "surrogate pair")]
    public void APayloadIsTheJsonWritersBytes(string subject, TokenUse use) => AssertSameAsTheJsonWriter(subject, use);

    [TestMethod]
    public void EveryAsciiCharacterInASubjectGivesTheJsonWritersBytes()
    {
        for (var c = '\0'; c <= '\u007f'; c++)
        {
            AssertSameAsTheJsonWriter($"a{c}b");
        }
    }

    [TestMethod]
    public void TheEarliestAndLatestIssueTimesGiveTheJsonWritersBytes()
    {
        AssertSameAsTheJsonWriter("admin", TokenUse.Refresh, DateTimeOffset.MinValue);
        AssertSameAsTheJsonWriter("admin", TokenUse.Refresh, DateTimeOffset.MaxValue.AddDays(-2));
    }

    [TestMethod]
    public void ALongSubjectGivesTheJsonWritersBytes()
    {
        AssertSameAsTheJsonWriter(new string('x', 20_000));
        AssertSameAsTheJsonWriter(new string('x', 20_000) + "é");
    }

    [TestMethod]
    public void RandomSubjectsGiveTheJsonWritersBytes()
    {
        var random = new Random(20261128);
        const string pool = "abcXYZ019 -_.@|:/\"\\<>&'+`\u0001\u007fäé€日";
        for (var i = 0; i < 2_000; i++)
        {
            AssertSameAsTheJsonWriter(new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pool[random.Next(pool.Length)]).ToArray()));
        }
    }
}
