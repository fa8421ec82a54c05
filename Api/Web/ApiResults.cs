using CoreApi.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CoreApi.Web;

/// <summary>Action results in the contract's error shape.</summary>
public static class ApiResults
{
    public static ObjectResult Error(int status, params string[] details) => Error(ApiError.For(status, details));

    public static ObjectResult Error(ApiError error) => new(error) { StatusCode = error.Code };

    /// <summary>The 401 of a refused token, with its RFC 6750 §3 challenge, as the bearer schemes write it.</summary>
    public static ObjectResult InvalidToken(HttpResponse response)
    {
        response.Headers.WWWAuthenticate = $"Bearer realm=\"{TokenClaims.Realm}\", error=\"invalid_token\"";
        return Error(StatusCodes.Status401Unauthorized, ErrorDetails.InvalidToken);
    }

    /// <summary>429 with <c>Retry-After</c> (RFC 6585 §4, RFC 9110 §10.2.3).</summary>
    public static ObjectResult TooManyRequests(HttpResponse response, int retryAfterSeconds)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, $"Too many failed logins; retry after {retryAfterSeconds} seconds");
    }
}
