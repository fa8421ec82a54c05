using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoreApi.Hosting;
using CoreApi.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoreApi.Tests.Support;

/// <summary>
/// The real application on the test server, with its own data directory (a real SQLite file) and settings.
/// Several factories may share one directory to prove what survives a restart.
/// </summary>
public sealed class CoreApiFactory : WebApplicationFactory<Program>
{
    public const string Username = "admin";
    public const string Password = "s3cret-Passw0rd";
    public const string Secret = "test-jwt-secret";

    private Dictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? replaceServices;
    private readonly IDictionary<string, string>? environmentVariables;

    /// <summary>
    /// A server whose settings come from <c>config.json</c> in its data directory (as a datarhei config would), with
    /// only the data directory and a zero failure delay set by the test; <paramref name="environmentVariables"/> are
    /// read as if they were <c>CORE_*</c> variables of the process.
    /// </summary>
    public static CoreApiFactory WithConfigFile(string configJson, IDictionary<string, string>? environmentVariables = null, Action<IServiceCollection>? services = null)
    {
        var directory = TempDirectory.Create();
        File.WriteAllText(Path.Combine(directory, "config.json"), configJson);
        return new CoreApiFactory(directory, null, "Testing", services, environmentVariables, settingsInFile: true);
    }

    public CoreApiFactory(string? dataDirectory = null, IDictionary<string, string?>? overrides = null, string environment = "Testing", Action<IServiceCollection>? services = null)
        : this(dataDirectory, overrides, environment, services, null, settingsInFile: false)
    {
    }

    private CoreApiFactory(string? dataDirectory, IDictionary<string, string?>? overrides, string environment, Action<IServiceCollection>? services, IDictionary<string, string>? environmentVariables, bool settingsInFile)
    {
        replaceServices = services;
        this.environmentVariables = environmentVariables;
        DataDirectory = dataDirectory ?? TempDirectory.Create();
        Environment = environment;
        settings = new Dictionary<string, string?>
        {
            ["db:dir"] = DataDirectory,
            ["api:auth:enable"] = "true",
            ["api:auth:username"] = Username,
            ["api:auth:password"] = Password,
            ["api:auth:jwt:secret"] = Secret,
            ["api:auth:login:failure_delay_ms"] = "0",
        };
        if (settingsInFile)
        {
            settings = new Dictionary<string, string?> { ["db:dir"] = DataDirectory, ["api:auth:login:failure_delay_ms"] = "0" };
        }

        // A null override removes the setting, so a lower source (appsettings, environment) decides.
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }
    }

    public string DataDirectory { get; }

    public string Environment { get; }

    /// <summary>The HMAC key as datarhei derives it, from this factory's settings.</summary>
    public byte[] SigningKey => System.Text.Encoding.UTF8.GetBytes(
        settings.GetValueOrDefault("api:auth:username") + settings.GetValueOrDefault("api:auth:password") + settings.GetValueOrDefault("api:auth:jwt:secret"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(config =>
        {
            config.AddInMemoryCollection(settings);
            if (environmentVariables is not null)
            {
                config.Add(new CoreApi.Hosting.CoreEnvironmentConfigurationSource(new System.Collections.Hashtable(environmentVariables.ToDictionary(p => p.Key, p => (object?)p.Value))));
            }
        });
        if (replaceServices is not null)
        {
            builder.ConfigureServices(replaceServices);
        }
    }

    public async Task<(string Access, string Refresh)> LoginAsync(HttpClient? client = null)
    {
        client ??= CreateClient();
        var response = await client.PostAsJsonAsync("/api/login", new { username = Username, password = Password });
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("access_token").GetString()!, body.RootElement.GetProperty("refresh_token").GetString()!);
    }

    /// <summary>Starts the application on a real Kestrel socket on a free loopback port and returns its base address.</summary>
    public Uri StartKestrel()
    {
        settings["address"] = "127.0.0.1:0";
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A GET through the test server as if it came from <paramref name="remote"/> (the socket's peer address).</summary>
    public Task<Microsoft.AspNetCore.Http.HttpContext> SendFromAsync(string remote, string path, string? forwardedFor = null, string? bearer = null) =>
        SendFrom(remote, context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = path;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }

            if (bearer is not null)
            {
                context.Request.Headers.Authorization = $"Bearer {bearer}";
            }
        });

    /// <summary>A password login through the test server as if it came from <paramref name="remote"/>; answers its status code.</summary>
    public async Task<int> LoginFromAsync(string remote, string password, string username = Username)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { username, password });
        var context = await SendFrom(remote, context =>
        {
            context.Request.Method = "POST";
            context.Request.Path = "/api/login";
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
        });
        return context.Response.StatusCode;
    }

    /// <summary>A request through the test server whose socket peer is <paramref name="remote"/> (TestServer leaves it unset otherwise).</summary>
    public Task<Microsoft.AspNetCore.Http.HttpContext> SendFrom(string remote, Action<Microsoft.AspNetCore.Http.HttpContext> request) =>
        Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remote);
            request(context);
        });

    public HttpClient CreateClient(string bearerToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }
}
