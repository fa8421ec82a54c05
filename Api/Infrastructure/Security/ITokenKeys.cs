namespace CoreApi.Infrastructure.Security;

/// <summary>The keys that verify our tokens: one per local user, or one for every subject.</summary>
public interface ITokenKeys
{
    /// <summary>
    /// The key of every subject when no subject has a key of its own (no <c>api.auth.users</c>); null otherwise. With
    /// it a token's signature is checked before anything in the token is read.
    /// </summary>
    HmacSigner? Shared { get; }

    /// <summary>The key of <paramref name="subject"/>.</summary>
    HmacSigner Signer(string? subject);
}
