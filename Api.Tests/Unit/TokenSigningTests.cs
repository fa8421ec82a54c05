using System.Text;
using CoreApi.Auth;
using CoreApi.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class TokenSigningTests
{
    private static JwtSigningKeys Keys(string username, string password, string secret, string? directory = null) =>
        SigningKeys.Create(username, password, secret, directory);

    [TestMethod]
    public void TheKeyIsUsernamePasswordAndSecretConcatenated()
    {
        CollectionAssert.AreEqual(Encoding.UTF8.GetBytes("adminpwsecret"), Keys("admin", "pw", "secret").Current);
    }

    [TestMethod]
    public void AShortKeyStillSignsAndVerifiesAsHs256()
    {
        var keys = Keys("a", "b", "c");
        var token = new JwtTokenIssuer(keys).Issue(TokenClaims.Issue("a", TokenUse.Access, DateTimeOffset.UtcNow)).Jwt;
        var parts = token.Split('.');

        // datarhei signs with the 3-byte key "abc" itself; IdentityModel with it zero-padded to 32 bytes (RFC 2104 §2).
        var datarheis = System.Buffers.Text.Base64Url.EncodeToString(
            System.Security.Cryptography.HMACSHA256.HashData("abc"u8, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        Assert.AreEqual(datarheis, parts[2]);
        Assert.AreEqual(43, parts[2].Length, "an HS256 signature is 32 bytes, 43 base64url characters");
    }

    [TestMethod]
    public async Task IssuedTokensAreStandardJwtsThatIdentityModelAccepts()
    {
        var keys = Keys("admin", "a-password-long-enough", "for-identitymodels-256-bit-minimum");
        var token = new JwtTokenIssuer(keys).Issue(TokenClaims.Issue("admin", TokenUse.Access, DateTimeOffset.UtcNow)).Jwt;

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(keys.Current),
            ValidIssuer = "datarhei-core",
            ValidateAudience = false,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        });

        Assert.IsTrue(result.IsValid, result.Exception?.Message);
    }

    [TestMethod]
    public void TheIssuedSignatureIsHmacSha256OfHeaderAndPayload()
    {
        var token = new JwtTokenIssuer(Keys("admin", "pw", "secret")).Issue(TokenClaims.Issue("admin", TokenUse.Refresh, DateTimeOffset.UtcNow)).Jwt;
        var parts = token.Split('.');

        var expected = System.Buffers.Text.Base64Url.EncodeToString(
            System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes("adminpwsecret"), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));

        Assert.AreEqual(expected, parts[2]);
    }

    [TestMethod]
    public void AnEmptySecretIsReplacedByAGeneratedOneThatIsKept()
    {
        var directory = TempDirectory.Create();

        var first = Keys("admin", "pw", "", directory).Current;
        var again = Keys("admin", "pw", "", directory).Current;
        var elsewhere = Keys("admin", "pw", "").Current;

        Assert.IsTrue(first.Length >= "adminpw".Length + 32);
        CollectionAssert.AreEqual(first, again);
        CollectionAssert.AreNotEqual(first, elsewhere);
    }
}
