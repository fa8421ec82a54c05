using System.Security.Cryptography;
using System.Text;
using CoreApi.Application;
using CoreApi.Configuration;
using Microsoft.Extensions.Options;

namespace CoreApi.Infrastructure.Security;

/// <summary>The user of <c>api.auth.username</c> / <c>api.auth.password</c>, compared exactly (no trimming, no case folding).</summary>
public sealed class ConfiguredUserDirectory(IOptionsMonitor<CoreOptions> options) : IUserDirectory
{
    public bool Verify(string username, string password)
    {
        var auth = options.CurrentValue.Api.Auth;
        // Both comparisons always run, in constant time over hashes, so neither the user name nor the
        // password length shows in the timing.
        var userMatches = FixedTimeEquals(username, auth.Username);
        var passwordMatches = FixedTimeEquals(password, auth.Password);
        return userMatches & passwordMatches & auth.Username.Length > 0;
    }

    /// <summary>The configured user, or a user of an enabled Auth0 tenant.</summary>
    public bool IsActive(string subject)
    {
        var auth = options.CurrentValue.Api.Auth;
        return (auth.Username.Length > 0 && string.Equals(subject, auth.Username, StringComparison.Ordinal))
            || (auth.Auth0.Enable && auth.Auth0.Tenants.Any(tenant => tenant.Users.Contains(subject, StringComparer.Ordinal)));
    }

    private static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
