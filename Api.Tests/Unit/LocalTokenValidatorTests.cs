using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Storage;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>
/// What counts as a valid local token: IdentityModel's checks under our parameters plus the shape rules it leaves
/// open (<see cref="TokenShape"/>), on hand-made tokens signed with the datarhei user's key.
/// </summary>
[TestClass]
public sealed class LocalTokenValidatorTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("adminpasswordsecret");
    private const string Hs256Jwt = """{"alg":"HS256","typ":"JWT"}""";

    private CoreOptions options = null!;
    private LocalTokenValidator validator = null!;

    [TestInitialize]
    public void Create()
    {
        options = new CoreOptions
        {
            Db = { Dir = TempDirectory.Create() },
            Api = { Auth = { Username = "admin", Password = "password", Jwt = { Secret = "secret" } } },
        };
        var monitor = Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == options);
        var keys = new JwtSigningKeys(monitor, new SqliteSettingStore(new SqliteDatabase(new DataDirectory(Options.Create(options)))));
        var acceptance = new TokenAcceptance(new ConfiguredUserDirectory(monitor), Mock.Of<ITokenRevocations>(), monitor);
        validator = new LocalTokenValidator(keys, acceptance, new VerifiedTokenCache(), TimeProvider.System, monitor);
    }

    private async Task<string?> FailureOf(string token, TokenUse use = TokenUse.Access) => (await validator.CheckAsync(token, use)).Failure;

    private static string SignRaw(string header, string payload) => SignEncoded(header, Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)));

    private static string SignEncoded(string header, string encodedPayload)
    {
        var input = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + encodedPayload;
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(input)));
    }

    [TestMethod]
    public async Task ADatarheiTokenIsVerified()
    {
        var check = await validator.CheckAsync(Jwt.Sign(Key, Jwt.Claims()), TokenUse.Access);

        Assert.IsNull(check.Failure);
        Assert.AreEqual("admin", check.Token!.Claims.Subject);
        Assert.AreEqual("access", check.Token.Claims.UseFor);
    }

    [TestMethod]
    [DataRow("""{"alg":"HS256","typ":"JWT"}""", true)]
    [DataRow("""{"alg":"HS256"}""", true)]
    [DataRow("""{"typ":"JWT","alg":"HS256"}""", true)]
    [DataRow("""{"alg":"HS256","typ":"jwt"}""", false)]
    [DataRow("""{"alg":"HS256","alg":"HS256"}""", false)]
    [DataRow("""{"alg":"HS256","kid":"1"}""", false)]
    [DataRow("""{"alg":"HS256","typ":"JWT","jku":"http://127.0.0.1/keys"}""", false)]
    [DataRow("""{"alg":"none"}""", false)]
    [DataRow("""{"alg":["HS256"]}""", false)]
    [DataRow("""[]""", false)]
    public async Task OnlyAnHs256JwtHeaderIsAccepted(string header, bool accepted)
    {
        var failure = await FailureOf(SignEncoded(header, Jwt.Segment(Jwt.Claims())));

        Assert.AreEqual(accepted, failure is null, failure);
    }

    [TestMethod]
    [DataRow("""{"exp":1,"exp":99999999999,"iss":"datarhei-core","sub":"admin","usefor":"access"}""", DisplayName = "duplicate exp")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"admin","sub":"other","usefor":"access"}""", DisplayName = "duplicate sub")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"admin","usefor":"refresh","usefor":"access"}""", DisplayName = "duplicate use")]
    [DataRow("""{"exp":"99999999999","iss":"datarhei-core","sub":"admin","usefor":"access"}""", DisplayName = "exp a string")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","nbf":"later","sub":"admin","usefor":"access"}""", DisplayName = "nbf a string")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"admin","usefor":"access"} trailing""", DisplayName = "trailing data")]
    [DataRow("""{"exp":99999999999,"iss":"datarhei-core","sub":"\ud800","usefor":"access"}""", DisplayName = "lone surrogate")]
    [DataRow("""{"exp":1e400,"iss":"datarhei-core","sub":"admin","usefor":"access"}""", DisplayName = "huge exp")]
    [DataRow("""{"iss":"datarhei-core","sub":"admin","usefor":"access"}""", DisplayName = "no exp")]
    [DataRow("""["admin"]""", DisplayName = "not an object")]
    public async Task MalformedClaimsAreRefused(string payload)
    {
        Assert.IsNotNull(await FailureOf(SignRaw(Hs256Jwt, payload)));
    }

    [TestMethod]
    public async Task ClaimNamesAndValuesWrittenWithJsonEscapesAreReadAsTheirText()
    {
        var payload = """{"\u0073ub":"adm\u0069n","usefor":"\u0061ccess","i\u0073s":"datarhei-\u0063ore","exp":99999999999,"jti":"1"}""";

        var check = await validator.CheckAsync(SignRaw(Hs256Jwt, payload), TokenUse.Access);

        Assert.IsNull(check.Failure);
        Assert.AreEqual("admin", check.Token!.Claims.Subject);
        Assert.AreEqual("access", check.Token.Claims.UseFor);
    }

    [TestMethod]
    [DataRow("\"iss\":\"Datarhei-core\"", "wrong issuer")]
    [DataRow("\"iss\":1", "malformed token")]
    [DataRow("\"iss\":[\"datarhei-core\"]", "malformed token")]
    [DataRow("\"usefor\":\"access\"", "wrong issuer", DisplayName = "no issuer")]
    [DataRow("\"iss\":\"datarhei-core\",\"usefor\":\"access\"", null)]
    public async Task TheIssuerMustBeTheRealmString(string claims, string? failure)
    {
        Assert.AreEqual(failure, await FailureOf(SignRaw(Hs256Jwt, "{\"exp\":99999999999,\"sub\":\"admin\"," + claims + "}")));
    }

    [TestMethod]
    [DataRow("\"usefor\":\"Access\"", "Access")]
    [DataRow("\"usefor\":\"refresh\"", "refresh")]
    [DataRow("\"usefor\":7", null)]
    [DataRow("\"usefor\":null", null)]
    public void TheUseIsReadAsItStandsAndLeftToTheUseCheck(string use, string? expected)
    {
        var token = new JsonWebToken(SignRaw(Hs256Jwt, "{\"exp\":99999999999,\"iss\":\"datarhei-core\",\"sub\":\"admin\"," + use + "}"));

        Assert.AreEqual(expected, TokenShape.ReadClaims(token)?.UseFor);
    }

    [TestMethod]
    [DataRow("\"usefor\":\"Access\"")]
    [DataRow("\"usefor\":7")]
    public async Task AnyUseButTheExactOneIsRefused(string use)
    {
        var token = SignRaw(Hs256Jwt, "{\"exp\":99999999999,\"iss\":\"datarhei-core\",\"sub\":\"admin\"," + use + "}");

        Assert.AreEqual(nameof(TokenRejection.WrongUse), await FailureOf(token, TokenUse.Access));
        Assert.AreEqual(nameof(TokenRejection.WrongUse), await FailureOf(token, TokenUse.Refresh));
    }

    [TestMethod]
    [DataRow(0, DisplayName = "header")]
    [DataRow(1, DisplayName = "payload")]
    [DataRow(2, DisplayName = "signature")]
    public async Task APaddedSegmentIsRefusedAsDatarheiRefusesIt(int segment)
    {
        var parts = Jwt.Sign(Key, Jwt.Claims()).Split('.');
        Assert.IsNull(await FailureOf(string.Join('.', parts)), "the unpadded token is valid");

        parts[segment] += "=";

        Assert.AreEqual("malformed token", await FailureOf(string.Join('.', parts)));
    }

    [TestMethod]
    public async Task ATokenLongerThanTheLimitIsRefusedUnread()
    {
        var claims = Jwt.Claims();
        claims["padding"] = new string('x', LocalTokenValidator.MaxTokenBytes);

        Assert.AreEqual("malformed token", await FailureOf(Jwt.Sign(Key, claims)));
    }

    [TestMethod]
    [DataRow("HS384")]
    [DataRow("HS512")]
    public async Task AnotherHmacAlgorithmIsRefusedThoughDatarheiTakesIt(string algorithm)
    {
        var header = new Dictionary<string, object?> { ["alg"] = algorithm, ["typ"] = "JWT" };

        Assert.IsNotNull(await FailureOf(Jwt.Sign(Key, Jwt.Claims(), header, algorithm)));
    }

    [TestMethod]
    public async Task ThousandsOfRandomTokensAreRefusedWithoutAnException()
    {
        var random = new Random(7);
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \"{}é";
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var token = i % 3 == 0
                ? "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + new string(chars)
                : i % 3 == 1 ? SignRaw("""{"alg":"HS256"}""", "{\"exp\":" + new string(chars) + "}") : new string(chars);

            Assert.IsNotNull(await FailureOf(token), token);
        }
    }

    [TestMethod]
    public async Task WithAKeyPerUserEachUsersKeyVerifiesItsTokensAndNoOneElses()
    {
        options.Api.Auth.Users.Add(new UserOptions { Name = "viewer", Password = "viewer-password", Role = "read" });
        var viewerKey = Encoding.UTF8.GetBytes("viewerviewer-passwordsecret");

        Assert.IsNull(await FailureOf(Jwt.Sign(viewerKey, Jwt.Claims(subject: "viewer"))));
        Assert.IsNull(await FailureOf(Jwt.Sign(Key, Jwt.Claims(subject: "admin"))));
        Assert.AreEqual("invalid signature", await FailureOf(Jwt.Sign(Key, Jwt.Claims(subject: "viewer"))));
        Assert.AreEqual("invalid signature", await FailureOf(Jwt.Sign(viewerKey, Jwt.Claims(subject: "admin"))));
    }
}
