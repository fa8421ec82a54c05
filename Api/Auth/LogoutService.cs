
namespace CoreApi.Auth;

/// <summary>
/// Logout as token revocation (RFC 7009): a presented refresh token revokes its whole family, an access token
/// itself, each until it would have expired. Tokens that are invalid already are simply ignored (§2.2).
/// </summary>
public sealed class LogoutService(ILocalTokenValidator tokens, ITokenRevocations revocations, AuditLog audit)
{
    public async Task LogoutAsync(string? token, string? currentAccessToken)
    {
        if (!string.IsNullOrEmpty(token))
        {
            if (await tokens.ValidateAsync(token, TokenUse.Refresh) is { Id: { } refreshId } refresh)
            {
                var family = revocations.FamilyOf(refreshId);
                revocations.Revoke(family, revocations.FamilyExpiry(family) ?? refresh.ExpiresAt);
                audit.Revoked(refresh.Subject, "refresh token family");
            }
            else
            {
                await RevokeAccessAsync(token);
            }
        }

        if (!string.IsNullOrEmpty(currentAccessToken))
        {
            await RevokeAccessAsync(currentAccessToken);
        }
    }

    private async Task RevokeAccessAsync(string token)
    {
        if (await tokens.ValidateAsync(token, TokenUse.Access) is { Id: { } id } access)
        {
            revocations.Revoke(id, access.ExpiresAt);
            audit.Revoked(access.Subject, "access token");
        }
    }
}
