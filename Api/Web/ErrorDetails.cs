using Microsoft.AspNetCore.WebUtilities;

namespace CoreApi.Web;

/// <summary>The error details that clients match on; their text is part of the wire contract.</summary>
public static class ErrorDetails
{
    public const string MissingCredentials = "Missing authorization credentials";
    public const string InvalidCredentials = "Invalid authorization credentials: invalid username or password";
    public const string InvalidToken = "Missing or invalid JWT token";
    public const string AuthenticationDisabled = "Authentication is disabled";
}
