using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// Why a bearer token was refused, as JwtBearer's authentication failure (<c>AuthenticateResult.Failure</c>). One
/// instance per reason: the reasons are a few fixed texts, and a flood of bad tokens should not cost an exception each.
/// </summary>
public sealed class TokenRefusedException : SecurityTokenValidationException
{
    private const int MaxReasons = 32;
    private static readonly ConcurrentDictionary<string, TokenRefusedException> Known = new(StringComparer.Ordinal);

    private TokenRefusedException(string reason) : base($"Token refused: {reason}")
    {
    }

    public static TokenRefusedException For(string reason) =>
        Known.TryGetValue(reason, out var known) ? known
        : Known.Count < MaxReasons ? Known.GetOrAdd(reason, static r => new TokenRefusedException(r))
        : new TokenRefusedException(reason);
}
