using System.Text;
using BenchmarkDotNet.Attributes;
using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoreApi.Benchmarks;

/// <summary>The hot paths of authentication, on the product's own classes wired as the server wires them.</summary>
// Median and minimum beside the mean: on a shared VM a few slow iterations move the mean, not the median.
[MemoryDiagnoser, MedianColumn, MinColumn]
public class AuthBenchmarks
{
    private LocalTokenValidator validator = null!;
    private VerifiedTokenCache cache = null!;
    private JwtTokenIssuer issuer = null!;
    private RefreshService refresh = null!;
    private ConfiguredUserDirectory plainUsers = null!;
    private ConfiguredUserDirectory hashedUsers = null!;
    private SqliteTokenRevocations revocations = null!;
    private string valid = "", expired = "", forged = "";
    private ValidatedToken presentedRefresh = null!;
    private LoginService login = null!;
    private readonly System.Net.IPAddress client = System.Net.IPAddress.Loopback;

    [GlobalSetup]
    public void Setup()
    {
        var options = new CoreOptions { Db = { Dir = Directory.CreateTempSubdirectory("core-bench").FullName }, Api = { Auth = { Username = "admin", Password = "password", Jwt = { Secret = "benchmark-secret" } } } };
        var monitor = new StaticMonitor(options);
        var database = new SqliteDatabase(new DataDirectory(Options.Create(options)));
        var keys = new JwtSigningKeys(monitor, new SqliteSettingStore(database));
        plainUsers = new ConfiguredUserDirectory(monitor);
        revocations = new SqliteTokenRevocations(database, TimeProvider.System);
        for (var i = 0; i < 10_000; i++)
        {
            revocations.Revoke(Guid.NewGuid().ToString(), DateTimeOffset.UtcNow.AddHours(1));
        }

        cache = new VerifiedTokenCache();
        validator = new LocalTokenValidator(
            keys, new TokenAcceptance(plainUsers, revocations, monitor), cache, TimeProvider.System, monitor);
        issuer = new JwtTokenIssuer(keys);
        refresh = new RefreshService(issuer, revocations, TimeProvider.System, new AuditLog(NullLoggerFactory.Instance), monitor);
        var audit = new AuditLog(NullLoggerFactory.Instance);
        login = new LoginService(plainUsers, new NoAuth0(), issuer, new LoginThrottle(monitor, TimeProvider.System), audit,
            new LoginRefusalLog(audit, plainUsers, TimeProvider.System, monitor), new LoginCredentialsValidator(), TimeProvider.System, monitor);
        hashedUsers = new ConfiguredUserDirectory(new StaticMonitor(new CoreOptions { Api = { Auth = { Username = "admin", Password = PasswordHash.Create("password") } } }));

        var now = DateTimeOffset.UtcNow;
        valid = issuer.Issue(TokenClaims.Issue("admin", TokenUse.Access, now)).Jwt;
        expired = issuer.Issue(TokenClaims.Issue("admin", TokenUse.Access, now.AddHours(-1))).Jwt;
        forged = valid[..^4] + (valid.EndsWith("AAAA") ? "BBBB" : "AAAA");
        presentedRefresh = new ValidatedToken("admin", Guid.NewGuid().ToString(), now.AddDays(1));
    }

    [Benchmark(Description = "validate access token: valid, seen before")]
    public Task<bool> ValidateValid() => Validate(valid);

    // What the first request with a token costs: the full verification, and storing it.
    [Benchmark(Description = "validate access token: valid, first sight")]
    public Task<bool> ValidateValidFirstSight()
    {
        cache.Remove(valid);
        return Validate(valid);
    }

    [Benchmark(Description = "validate access token: expired")]
    public Task<bool> ValidateExpired() => Validate(expired);

    [Benchmark(Description = "validate access token: forged signature")]
    public Task<bool> ValidateForged() => Validate(forged);

    [Benchmark(Description = "issue token pair")]
    public int IssuePair()
    {
        var now = DateTimeOffset.UtcNow;
        return issuer.Issue(TokenClaims.Issue("admin", TokenUse.Access, now)).Jwt.Length
            + issuer.Issue(TokenClaims.Issue("admin", TokenUse.Refresh, now)).Jwt.Length;
    }

    // The whole password login below the controller: validation, throttle, password check, the pair, the audit call
    // (to a logger that is off, so the line itself is not in it).
    [Benchmark(Description = "login (password), service")]
    public async Task<bool> Login() => (await login.LoginAsync(new LoginCredentials("admin", "password"), client, default)).Tokens is not null;

    [Benchmark(Description = "refresh (issue access token)")]
    public int Refresh() => refresh.Refresh(presentedRefresh).Access!.Jwt.Length;

    [Benchmark(Description = "password check: plain")]
    public bool PlainPassword() => plainUsers.Verify("admin", "password");

    [Benchmark(Description = "password check: PBKDF2 600k")]
    public bool HashedPassword() => hashedUsers.Verify("admin", "password");

    [Benchmark(Description = "revocation lookup (10k revoked)")]
    public bool RevocationLookup() => revocations.IsRevoked("00000000-0000-0000-0000-000000000000");

    // The whole check the bearer scheme runs: IdentityModel's (signature, alg, exp, nbf, iss), the shape rules, then use,
    // iat, subject and revocation.
    private async Task<bool> Validate(string token) => (await validator.CheckAsync(token, TokenUse.Access)).Token is not null;

    private sealed class NoAuth0 : IAuth0TokenValidator
    {
        public Task<Auth0Validation> ValidateAsync(string token, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class StaticMonitor(CoreOptions value) : IOptionsMonitor<CoreOptions>
    {
        public CoreOptions CurrentValue => value;

        public CoreOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<CoreOptions, string?> listener) => null;
    }
}
