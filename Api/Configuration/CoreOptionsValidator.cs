using Microsoft.Extensions.Options;

namespace CoreApi.Configuration;

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

        if (auth.Jwt.ClockSkewSeconds is < 0 or > 300)
        {
            failures.Add($"{ConfigKeys.JwtClockSkewSeconds.Describe()} must be between 0 and 300 seconds.");
        }

        if (auth.Login.FailureDelayMs is < 0 or > 60_000)
        {
            failures.Add($"{ConfigKeys.LoginFailureDelayMs.Describe()} must be between 0 and 60000 milliseconds.");
        }

        if (options.Api.Metadata.MaxValueBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{ConfigKeys.MetadataMaxValueBytes.Describe()} must be between 1024 and 67108864 bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
