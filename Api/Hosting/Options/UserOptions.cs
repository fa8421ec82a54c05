using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary>One more user: name, password (plain or hash) and role.</summary>
public sealed class UserOptions
{
    public string Name { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary><c>admin</c> (everything) or <c>read</c> (GET requests only).</summary>
    public string Role { get; set; } = "admin";
}
