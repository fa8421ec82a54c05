using CoreApi.Web;

namespace CoreApi.Auth;

/// <summary>
/// The bearer schemes' answers to a refused request (401 and 403 in the contract's error shape), written by their
/// JwtBearer challenge and forbid events.
/// </summary>
public static class BearerRefusal
{
    private static readonly ApiErrorWriter.Fixed Unauthorized =
        ApiErrorWriter.Prepare(ApiError.For(StatusCodes.Status401Unauthorized, ErrorDetails.InvalidToken));

    private static readonly ApiErrorWriter.Fixed Forbidden = ApiErrorWriter.Prepare(ApiError.For(StatusCodes.Status403Forbidden, "Forbidden"));

    // RFC 6750 §3: a 401 names the scheme in WWW-Authenticate, with error="invalid_token" when a token was presented
    // (in the Authorization header, the only place we read one) and refused. The body is the contract's error shape.
    public static Task ChallengeAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = context.Request.Headers.Authorization.Count > 0
            ? $"Bearer realm=\"{TokenClaims.Realm}\", error=\"invalid_token\""
            : $"Bearer realm=\"{TokenClaims.Realm}\"";
        return ApiErrorWriter.WriteAsync(context.Response, Unauthorized);
    }

    public static Task ForbidAsync(HttpContext context) => ApiErrorWriter.WriteAsync(context.Response, Forbidden);
}
