using CoreApi.Hosting;
using CoreApi.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class ConfigurationTests
{
    private static CoreOptions Bind(Dictionary<string, string> variables)
    {
        var configuration = new ConfigurationBuilder().Add(new CoreEnvironmentConfigurationSource(variables)).Build();
        return configuration.Get<CoreOptions>() ?? new CoreOptions();
    }

    [TestMethod]
    public void EveryKeyHasItsDatarheiEnvironmentVariable()
    {
        Assert.AreEqual("CORE_API_AUTH_JWT_SECRET", ConfigKeys.JwtSecret.EnvironmentVariable);
        Assert.AreEqual("CORE_API_AUTH_DISABLE_LOCALHOST", ConfigKeys.AuthDisableLocalhost.EnvironmentVariable);
        Assert.AreEqual("CORE_DB_DIR", ConfigKeys.DbDir.EnvironmentVariable);
        Assert.AreEqual("CORE_ADDRESS", ConfigKeys.Address.EnvironmentVariable);
    }

    [TestMethod]
    public void EnvironmentVariablesBindToTheirSettings()
    {
        var options = Bind(new()
        {
            ["CORE_ADDRESS"] = "127.0.0.1:9090",
            ["CORE_DB_DIR"] = "/var/lib/core",
            ["CORE_API_AUTH_ENABLE"] = "false",
            ["CORE_API_AUTH_DISABLE_LOCALHOST"] = "true",
            ["CORE_API_AUTH_USERNAME"] = "alice",
            ["CORE_API_AUTH_PASSWORD"] = "pw",
            ["CORE_API_AUTH_JWT_SECRET"] = "s",
            ["CORE_API_AUTH_JWT_CLOCK_SKEW_SECONDS"] = "5",
            ["CORE_API_AUTH_LOGIN_FAILURE_DELAY_MS"] = "100",
            ["CORE_API_METADATA_MAX_VALUE_BYTES"] = "2048",
        });

        Assert.AreEqual("127.0.0.1:9090", options.Address);
        Assert.AreEqual("/var/lib/core", options.Db.Dir);
        Assert.IsFalse(options.Api.Auth.Enable);
        Assert.IsTrue(options.Api.Auth.DisableLocalhost);
        Assert.AreEqual("alice", options.Api.Auth.Username);
        Assert.AreEqual("pw", options.Api.Auth.Password);
        Assert.AreEqual("s", options.Api.Auth.Jwt.Secret);
        Assert.AreEqual(5, options.Api.Auth.Jwt.ClockSkewSeconds);
        Assert.AreEqual(100, options.Api.Auth.Login.FailureDelayMs);
        Assert.AreEqual(2048, options.Api.Metadata.MaxValueBytes);
    }

    [TestMethod]
    public void EveryKeyIsDocumentedWithItsEnvironmentVariable()
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "configuration.md"));

        foreach (var key in ConfigKeys.All)
        {
            StringAssert.Contains(documentation, $"| `{key.Key}` | `{key.EnvironmentVariable}`", key.Key);
        }
    }

    [TestMethod]
    [DataRow("1", true)]
    [DataRow("t", true)]
    [DataRow("TRUE", true)]
    [DataRow("0", false)]
    [DataRow("F", false)]
    [DataRow("False", false)]
    public void BooleansAreReadAsDatarheiReadsThem(string value, bool expected)
    {
        Assert.AreEqual(expected, Bind(new() { ["CORE_API_AUTH_DISABLE_LOCALHOST"] = value }).Api.Auth.DisableLocalhost);
    }

    [TestMethod]
    public void ADatarheiConfigFileBindsUnchanged()
    {
        const string datarheiConfig = """
            {"version":3,"id":"x","name":"y","address":":8080","db":{"dir":"./config"},
             "api":{"read_only":false,"auth":{"enable":true,"disable_localhost":true,"username":"admin","password":"datarhei",
             "jwt":{"secret":"abc"},"auth0":{"enable":false,"tenants":[]}}},"ffmpeg":{"binary":"ffmpeg"}}
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(datarheiConfig))).Build();

        var options = configuration.Get<CoreOptions>()!;

        Assert.AreEqual("admin", options.Api.Auth.Username);
        Assert.AreEqual("datarhei", options.Api.Auth.Password);
        Assert.AreEqual("abc", options.Api.Auth.Jwt.Secret);
        Assert.IsTrue(options.Api.Auth.DisableLocalhost);
    }

    [TestMethod]
    public void TheValidatorNamesEveryBadSetting()
    {
        var options = new CoreOptions
        {
            Address = "bad",
            Api = { Auth = { Enable = true, Username = "", Password = "", Jwt = { ClockSkewSeconds = -1 }, Login = { FailureDelayMs = 70_000 } }, Metadata = { MaxValueBytes = 1 } },
        };

        var result = new CoreOptionsValidator().Validate(null, options);

        Assert.IsTrue(result.Failed);
        foreach (var named in new[] { "CORE_ADDRESS", "CORE_API_AUTH_USERNAME", "CORE_API_AUTH_PASSWORD", "CORE_API_AUTH_JWT_CLOCK_SKEW_SECONDS", "CORE_API_AUTH_LOGIN_FAILURE_DELAY_MS", "CORE_API_METADATA_MAX_VALUE_BYTES" })
        {
            StringAssert.Contains(result.FailureMessage, named);
        }
    }

    [TestMethod]
    public void WithAuthenticationOffNoCredentialsAreNeeded()
    {
        var result = new CoreOptionsValidator().Validate(null, new CoreOptions { Api = { Auth = { Enable = false } } });

        Assert.IsTrue(result.Succeeded);
    }

    [TestMethod]
    [DataRow(":8080", "", 8080)]
    [DataRow("127.0.0.1:8080", "127.0.0.1", 8080)]
    [DataRow("[::1]:0", "[::1]", 0)]
    [DataRow("localhost:80", "localhost", 80)]
    public void ListenAddressesParseAsDatarheiWritesThem(string text, string host, int port)
    {
        Assert.IsTrue(ListenAddress.TryParse(text, out var address));
        Assert.AreEqual(host, address.Host);
        Assert.AreEqual(port, address.Port);
    }

    [TestMethod]
    [DataRow("8080")]
    [DataRow(":99999")]
    [DataRow(":-1")]
    [DataRow("example.com:80")]
    [DataRow("::1:80")]
    [DataRow("localhost:0")]
    [DataRow("")]
    public void MalformedListenAddressesAreRefused(string text)
    {
        Assert.IsFalse(ListenAddress.TryParse(text, out _));
    }
}
