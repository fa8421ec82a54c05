using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Tests.Support;

/// <summary>
/// A stand-in Auth0 tenant on a real loopback socket: serves <c>/.well-known/jwks.json</c> with keys made here,
/// counts its fetches, can go down, and signs access tokens the way Auth0 does (RS256 or ES256 with a kid).
/// </summary>
public sealed class JwksServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<object> published = [];
    private volatile bool down;
    private int fetches;

    private JwksServer(WebApplication app) => this.app = app;

    public string Domain { get; private set; } = "";

    public string Issuer => $"http://{Domain}/";

    public int Fetches => fetches;

    public bool Down { get => down; set => down = value; }

    public static async Task<JwksServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new JwksServer(app);
        app.MapGet("/.well-known/jwks.json", (HttpContext context) =>
        {
            Interlocked.Increment(ref server.fetches);
            if (server.down)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            lock (server.published)
            {
                return Results.Json(new { keys = server.published.ToArray() });
            }
        });
        await app.StartAsync();
        server.Domain = new Uri(app.Urls.Single()).Authority;
        return server;
    }

    public static SigningKey NewRsaKey(string kid) => new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid }, SecurityAlgorithms.RsaSha256);

    public static SigningKey NewEcKey(string kid) => new(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = kid }, SecurityAlgorithms.EcdsaSha256);

    /// <summary>Publishes the public half of <paramref name="key"/> in the key set, with its algorithm unless told otherwise.</summary>
    public void Publish(SigningKey key, string? alg = null)
    {
        lock (published)
        {
            published.Add(key.PublicJwk(alg ?? key.Algorithm));
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    public sealed record SigningKey(AsymmetricSecurityKey Key, string Algorithm)
    {
        public string Kid => Key.KeyId;

        public object PublicJwk(string alg) => Key switch
        {
            RsaSecurityKey rsa => Rsa(rsa.Rsa.ExportParameters(false), alg),
            ECDsaSecurityKey ec => Ec(ec.ECDsa.ExportParameters(false), alg),
            _ => throw new NotSupportedException(),
        };

        /// <summary>A token as an Auth0 tenant issues it: valid now for ten minutes, with <paramref name="change"/> applied.</summary>
        public string Sign(JwksServer tenant, string subject, string audience, Action<Dictionary<string, object>>? change = null, Dictionary<string, object>? header = null)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            var claims = new Dictionary<string, object>
            {
                ["iss"] = tenant.Issuer,
                ["sub"] = subject,
                ["aud"] = new[] { audience, $"{tenant.Issuer}userinfo" },
                ["azp"] = "client-1",
                ["iat"] = now,
                ["exp"] = now + 600,
            };
            change?.Invoke(claims);
            var descriptor = new SecurityTokenDescriptor
            {
                Claims = claims,
                SigningCredentials = new SigningCredentials(Key, Algorithm),
                AdditionalHeaderClaims = header,
            };
            return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        }

        private string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);

        private object Rsa(RSAParameters p, string alg) => new { kty = "RSA", use = "sig", kid = Kid, alg, n = Encode(p.Modulus!), e = Encode(p.Exponent!) };

        private object Ec(ECParameters p, string alg) => new { kty = "EC", use = "sig", kid = Kid, alg, crv = "P-256", x = Encode(p.Q.X!), y = Encode(p.Q.Y!) };
    }
}
