namespace CoreApi.Auth;

/// <summary>The names of the bearer schemes and of the policy that picks the refresh scheme.</summary>
public static class AuthSchemes
{
    /// <summary>Authenticates access tokens; the default scheme, used by every protected endpoint.</summary>
    public const string AccessScheme = "AccessToken";

    /// <summary>Authenticates refresh tokens; used by <c>GET /api/login/refresh</c> only.</summary>
    public const string RefreshScheme = "RefreshToken";

    public const string RefreshPolicy = "RefreshToken";
}
