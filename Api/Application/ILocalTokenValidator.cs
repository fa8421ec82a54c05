using CoreApi.Domain;

namespace CoreApi.Application;

/// <summary>Validates a token of ours outside the Authorization header (the OAuth token endpoint's <c>refresh_token</c>).</summary>
public interface ILocalTokenValidator
{
    /// <summary>The token's subject when it passes every check for <paramref name="use"/>; otherwise null.</summary>
    Task<string?> ValidateSubjectAsync(string token, TokenUse use);
}
