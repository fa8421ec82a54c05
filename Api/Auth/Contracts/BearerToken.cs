using Microsoft.Extensions.Primitives;

namespace CoreApi.Auth;

/// <summary>Reads <c>Authorization: Bearer &lt;token&gt;</c> (RFC 6750 §2.1); the scheme word in any case.</summary>
public static class BearerToken
{
    public static string? From(StringValues authorization)
    {
        if (authorization.Count != 1 || authorization[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = value["Bearer ".Length..].Trim();
        return token.Length > 0 ? token : null;
    }
}
