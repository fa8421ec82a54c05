using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

public sealed class AuthOptions
{
    public bool Enable { get; set; } = true;

    [ConfigurationKeyName("disable_localhost")]
    public bool DisableLocalhost { get; set; }

    public string Username { get; set; } = "";

    /// <summary>A plain password (compared exactly, in constant time) or a <c>$pbkdf2-sha256$…</c> hash.</summary>
    public string Password { get; set; } = "";

    /// <summary>Further users beside the datarhei user (who is always an admin).</summary>
    public List<UserOptions> Users { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    public LoginOptions Login { get; set; } = new();

    public Auth0Options Auth0 { get; set; } = new();
}
