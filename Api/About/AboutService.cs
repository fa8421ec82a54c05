using System.Reflection;
using System.Runtime.InteropServices;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.About;

/// <summary>What <c>GET /api</c> tells about this instance.</summary>
public sealed class AboutService(IInstanceIdentity identity, TimeProvider time, IOptionsMonitor<CoreOptions> options)
{
    public const string App = "datarhei-core";

    /// <summary>The datarhei API level implemented; the Restreamer UI requires <c>^16.11.0</c>.</summary>
    public const string ApiLevel = "16.14.0";

    /// <summary>datarhei's minimal about always says 16.0.0; kept byte for byte.</summary>
    public const string MinimalApiLevel = "16.0.0";

    private static readonly AboutVersion BuildVersion = DescribeBuild();

    private readonly DateTimeOffset startedAt = time.GetUtcNow();

    public MinimalAboutResponse Minimal() => new(App, Auths(), new MinimalVersion(MinimalApiLevel));

    public AboutResponse Full() => new(
        App,
        Auths(),
        identity.Name,
        identity.Id,
        startedAt,
        (long)(time.GetUtcNow() - startedAt).TotalSeconds,
        BuildVersion);

    private string[] Auths()
    {
        var auth = options.CurrentValue.Api.Auth;
        if (!auth.Enable)
        {
            return [];
        }

        var tenants = auth.Auth0.Enable
            ? auth.Auth0.Tenants.Select(t => $"auth0 domain={t.Domain} audience={t.Audience} clientid={t.ClientId}")
            : [];
        return ["localjwt", .. tenants];
    }

    private static AboutVersion DescribeBuild()
    {
        var assembly = typeof(AboutService).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        var buildDate = File.Exists(assembly.Location) ? File.GetLastWriteTimeUtc(assembly.Location).ToString("yyyy-MM-ddTHH:mm:ssZ") : "";
        return new AboutVersion(
            ApiLevel,
            plus >= 0 ? informational[(plus + 1)..] : "",
            "",
            buildDate,
            $"{OperatingSystemName()}/{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}",
            RuntimeInformation.FrameworkDescription,
            plus >= 0 ? informational[..plus] : informational);
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "unknown";
}
