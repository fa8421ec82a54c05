using System.Net;

namespace CoreApi.Auth;

/// <summary>An Auth0 tenant's domain and the issuer and key-set addresses derived from it.</summary>
public static class Auth0Domain
{
    /// <summary>Null when <paramref name="domain"/> is usable; otherwise what is wrong with it.</summary>
    public static string? Validate(string domain, bool allowLoopbackHttp)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return "must name the tenant's host, such as example.eu.auth0.com.";
        }

        if (domain.Contains("://") || domain.Contains('/') || !Uri.TryCreate("https://" + domain + "/", UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return $"'{domain}' is not a host name (no scheme, path or user).";
        }

        if (allowLoopbackHttp && !IsLoopback(domain) && uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return $"'{domain}' is an IP address that is not loopback; only loopback addresses may use plain HTTP.";
        }

        return null;
    }

    /// <summary><c>https://&lt;domain&gt;/</c>; <c>http://</c> only for a loopback address when the option allows it.</summary>
    public static string Issuer(string domain, bool allowLoopbackHttp) =>
        (allowLoopbackHttp && IsLoopback(domain) ? "http://" : "https://") + domain + "/";

    public static string JwksAddress(string issuer) => issuer + ".well-known/jwks.json";

    private static bool IsLoopback(string domain) =>
        Uri.TryCreate("http://" + domain + "/", UriKind.Absolute, out var uri)
        && IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
        && IPAddress.IsLoopback(address);
}
