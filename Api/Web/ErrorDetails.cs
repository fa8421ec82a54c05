using Microsoft.AspNetCore.WebUtilities;

namespace CoreApi.Web;

/// <summary>The error details that clients match on; their text is part of the wire contract.</summary>
public static class ErrorDetails
{
    public const string MissingCredentials = "Missing authorization credentials";
    /// <summary>datarhei's prefix of every refused credential; clients show what follows it (ours: the reason).</summary>
    public const string InvalidCredentialsPrefix = "Invalid authorization credentials: ";

    public const string InvalidCredentials = InvalidCredentialsPrefix + "invalid username or password";
    public const string InvalidToken = "Missing or invalid JWT token";
    public const string AuthenticationDisabled = "Authentication is disabled";
}
