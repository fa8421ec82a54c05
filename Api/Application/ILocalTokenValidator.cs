using CoreApi.Domain;

namespace CoreApi.Application;

/// <summary>A token of ours that passed every check: whose it is, its <c>jti</c> and its <c>exp</c>.</summary>
public sealed record ValidatedToken(string Subject, string? Id, DateTimeOffset ExpiresAt);

/// <summary>Validates a token of ours outside the Authorization header (the OAuth token endpoint, logout).</summary>
public interface ILocalTokenValidator
{
    /// <summary>The token when it passes every check for <paramref name="use"/>; otherwise null.</summary>
    Task<ValidatedToken?> ValidateAsync(string token, TokenUse use);
}
