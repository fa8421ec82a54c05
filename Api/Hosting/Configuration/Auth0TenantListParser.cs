using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CoreApi.Hosting;

/// <summary>
/// Reads <c>CORE_API_AUTH_AUTH0_TENANTS</c> in datarhei's two forms, comma-separated:
/// <c>auth0://[clientid]@domain?aud=AUDIENCE&amp;user=U1&amp;user=U2</c>, or the base64 of one tenant's JSON
/// (<c>{"domain":…,"audience":…,"clientid":…,"users":[…]}</c>).
/// </summary>
public static class Auth0TenantListParser
{
    public static IReadOnlyList<Auth0TenantOptions> Parse(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne).ToList();

    private static Auth0TenantOptions ParseOne(string entry, int index)
    {
        try
        {
            return entry.StartsWith("auth0://", StringComparison.OrdinalIgnoreCase) ? FromUrl(entry) : FromBase64Json(entry);
        }
        catch (Exception e) when (e is FormatException or JsonException or UriFormatException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"{ConfigKeys.Auth0Tenants.Describe()}: tenant {index} is neither 'auth0://clientid@domain?aud=…&user=…' nor base64 JSON: {e.Message}", e);
        }
    }

    private static Auth0TenantOptions FromUrl(string entry)
    {
        var uri = new Uri(entry);
        var query = QueryHelpers.ParseQuery(uri.Query);
        return new Auth0TenantOptions
        {
            Domain = uri.IsDefaultPort ? uri.Host : uri.Authority[(uri.Authority.IndexOf('@') + 1)..],
            Audience = query.TryGetValue("aud", out var audience) ? audience.ToString() : "",
            ClientId = Uri.UnescapeDataString(uri.UserInfo),
            Users = query.TryGetValue("user", out var users) ? users.Where(u => !string.IsNullOrEmpty(u)).Select(u => u!).ToList() : [],
        };
    }

    private static Auth0TenantOptions FromBase64Json(string entry)
    {
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(entry));
        return JsonSerializer.Deserialize<Auth0TenantOptions>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new FormatException("the JSON is null");
    }
}
