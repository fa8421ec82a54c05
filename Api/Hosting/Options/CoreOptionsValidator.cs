using CoreApi.Auth;
using CoreApi.Web;
using Microsoft.Extensions.Options;

namespace CoreApi.Hosting;

/// <summary>Checks the settings at start-up; every message names the key and its environment variable.</summary>
public sealed class CoreOptionsValidator : IValidateOptions<CoreOptions>
{
    public ValidateOptionsResult Validate(string? name, CoreOptions options)
    {
        var failures = new List<string>();
        var auth = options.Api.Auth;

        if (!ListenAddress.TryParse(options.Address, out _))
        {
            failures.Add($"{ConfigKeys.Address.Describe()} must be 'host:port' or ':port' with a port from 0 to 65535, not '{options.Address}'.");
        }

        if (options.Log.Level is not ("debug" or "info" or "warn" or "error"))
        {
            failures.Add($"{ConfigKeys.LogLevel.Describe()} must be debug, info, warn or error, not '{options.Log.Level}'.");
        }

        if (options.Log.MaxLines is < 10 or > 100_000)
        {
            failures.Add($"{ConfigKeys.LogMaxLines.Describe()} must be between 10 and 100000.");
        }

        if (string.IsNullOrWhiteSpace(options.Db.Dir))
        {
            failures.Add($"{ConfigKeys.DbDir.Describe()} must name a data directory.");
        }

        if (auth.Enable && string.IsNullOrEmpty(auth.Username))
        {
            failures.Add($"{ConfigKeys.AuthUsername.Describe()} must be set when {ConfigKeys.AuthEnable.Key} is true.");
        }

        if (auth.Enable && string.IsNullOrEmpty(auth.Password))
        {
            failures.Add($"{ConfigKeys.AuthPassword.Describe()} must be set when {ConfigKeys.AuthEnable.Key} is true.");
        }

        ValidateUsers(auth, failures);

        foreach (var (key, list) in new[]
        {
            (ConfigKeys.TrustedProxies, options.Api.TrustedProxies),
            (ConfigKeys.AccessHttpAllow, options.Api.Access.Http.Allow),
            (ConfigKeys.AccessHttpBlock, options.Api.Access.Http.Block),
        })
        {
            foreach (var entry in list.Where(entry => !AddressList.TryParse(entry, out _)))
            {
                failures.Add($"{key.Describe()}: '{entry}' is neither an IP address nor a CIDR network.");
            }
        }

        foreach (var origin in options.Api.Cors.Origins)
        {
            if (origin != "*" && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && origin.TrimEnd('/') == uri.GetLeftPart(UriPartial.Authority)))
            {
                failures.Add($"{ConfigKeys.CorsOrigins.Describe()}: '{origin}' is not '*' nor an origin such as https://ui.example.com.");
            }
        }

        if (auth.Jwt.ClockSkewSeconds is < 0 or > 300)
        {
            failures.Add($"{ConfigKeys.JwtClockSkewSeconds.Describe()} must be between 0 and 300 seconds.");
        }

        if (auth.Jwt.RotationOverlapSeconds is < 0 or > 3600)
        {
            failures.Add($"{ConfigKeys.JwtRotationOverlapSeconds.Describe()} must be between 0 and 3600 seconds.");
        }

        if (auth.Login.FailureDelayMs is < 0 or > 60_000)
        {
            failures.Add($"{ConfigKeys.LoginFailureDelayMs.Describe()} must be between 0 and 60000 milliseconds.");
        }

        if (auth.Login.MaxFailuresPerUser < 1 || auth.Login.MaxFailuresPerAddress < 1)
        {
            failures.Add($"{ConfigKeys.LoginMaxFailuresPerUser.Describe()} and {ConfigKeys.LoginMaxFailuresPerAddress.Describe()} must be at least 1.");
        }

        if (auth.Login.FailureWindowSeconds is < 1 or > 86400)
        {
            failures.Add($"{ConfigKeys.LoginFailureWindowSeconds.Describe()} must be between 1 and 86400 seconds.");
        }

        if (auth.Login.BackoffBaseSeconds is < 0 or > 3600)
        {
            failures.Add($"{ConfigKeys.LoginBackoffBaseSeconds.Describe()} must be between 0 and 3600 seconds.");
        }

        if (auth.Login.KnownClientSeconds is < 0 or > 365 * 86400)
        {
            failures.Add($"{ConfigKeys.LoginKnownClientSeconds.Describe()} must be between 0 (no client is known) and 31536000 seconds (a year).");
        }

        if (auth.Login.RefusalLogSeconds is < 1 or > 3600)
        {
            failures.Add($"{ConfigKeys.LoginRefusalLogSeconds.Describe()} must be between 1 and 3600 seconds.");
        }

        ValidateAuth0(auth.Auth0, failures);

        if (options.Api.Metadata.MaxValueBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{ConfigKeys.MetadataMaxValueBytes.Describe()} must be between 1024 and 67108864 bytes.");
        }

        MediaOptionsValidator.Validate(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateUsers(AuthOptions auth, List<string> failures)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (auth.Username.Length > 0)
        {
            names.Add(auth.Username);
        }

        if (auth.Password.StartsWith("$pbkdf2-sha256$", StringComparison.Ordinal) && !PasswordHash.TryParse(auth.Password, out _, out _, out _))
        {
            failures.Add($"{ConfigKeys.AuthPassword.Describe()} starts like a password hash but is not a valid '$pbkdf2-sha256$i=N$salt$hash' string.");
        }

        for (var i = 0; i < auth.Users.Count; i++)
        {
            var user = auth.Users[i];
            var name = $"{ConfigKeys.AuthUsers.Key}[{i}]";
            if (string.IsNullOrEmpty(user.Name) || !names.Add(user.Name))
            {
                failures.Add($"{name}.name ({ConfigKeys.AuthUsers.EnvironmentVariable}) must be set and unique, also against {ConfigKeys.AuthUsername.Key}.");
            }

            if (string.IsNullOrEmpty(user.Password)
                || (user.Password.StartsWith("$pbkdf2-sha256$", StringComparison.Ordinal) && !PasswordHash.TryParse(user.Password, out _, out _, out _)))
            {
                failures.Add($"{name}.password ({ConfigKeys.AuthUsers.EnvironmentVariable}) must be a password or a valid '$pbkdf2-sha256$…' hash.");
            }

            if (user.Role is not ("admin" or "read"))
            {
                failures.Add($"{name}.role ({ConfigKeys.AuthUsers.EnvironmentVariable}) must be 'admin' or 'read', not '{user.Role}'.");
            }
        }
    }

    private static void ValidateAuth0(Auth0Options auth0, List<string> failures)
    {
        if (auth0.JwksRefreshFloorSeconds is < 1 or > 86400)
        {
            failures.Add($"{ConfigKeys.Auth0JwksRefreshFloorSeconds.Describe()} must be between 1 and 86400 seconds.");
        }

        if (auth0.JwksRefreshIntervalSeconds is < 300 or > 86400 * 7)
        {
            failures.Add($"{ConfigKeys.Auth0JwksRefreshIntervalSeconds.Describe()} must be between 300 and 604800 seconds.");
        }

        if (!auth0.Enable)
        {
            return;
        }

        if (auth0.Tenants.Count == 0)
        {
            failures.Add($"{ConfigKeys.Auth0Tenants.Describe()} must list at least one tenant when {ConfigKeys.Auth0Enable.Key} is true.");
        }

        for (var i = 0; i < auth0.Tenants.Count; i++)
        {
            var tenant = auth0.Tenants[i];
            var name = $"{ConfigKeys.Auth0Tenants.Key}[{i}]";
            if (Auth0Domain.Validate(tenant.Domain, auth0.AllowLoopbackHttp) is { } problem)
            {
                failures.Add($"{name}.domain ({ConfigKeys.Auth0Tenants.EnvironmentVariable}): {problem}");
            }

            if (string.IsNullOrWhiteSpace(tenant.Audience))
            {
                failures.Add($"{name}.audience ({ConfigKeys.Auth0Tenants.EnvironmentVariable}) must be set: tokens are only accepted for this API's audience.");
            }

            if (tenant.Users.Count == 0 || tenant.Users.Any(string.IsNullOrWhiteSpace))
            {
                failures.Add($"{name}.users ({ConfigKeys.Auth0Tenants.EnvironmentVariable}) must list the Auth0 subjects allowed to log in, none empty.");
            }
        }
    }
}
