
namespace CoreApi.Auth;

/// <summary>Validates a token of ours outside the Authorization header (the OAuth token endpoint, logout).</summary>
public interface ILocalTokenValidator
{
    /// <summary>The token when it passes every check for <paramref name="use"/>; otherwise null.</summary>
    Task<ValidatedToken?> ValidateAsync(string token, TokenUse use);
}
