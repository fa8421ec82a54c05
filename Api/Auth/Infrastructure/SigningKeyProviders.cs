using System.Runtime.CompilerServices;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Auth;

/// <summary>
/// IdentityModel's <see cref="CryptoProviderFactory"/> (its extension point for where signature providers come from)
/// with one HS256 provider per signing key, made when the key is first used and kept as long as the key lives. The
/// default factory looks every signature's provider up in a cache keyed by a string it builds from the key's id,
/// the algorithm and the provider type, then releases it again: about 5 µs of a 7 µs token here, where the HMAC
/// itself (System.Security.Cryptography's, pooled by <see cref="SymmetricSignatureProvider"/>) is about 1 µs
/// (docs/performance.md). Our keys are new objects whenever the settings change, so a provider never outlives its key.
/// Anything but HS256 on a symmetric key goes the default way.
/// </summary>
public sealed class SigningKeyProviders : CryptoProviderFactory
{
    private readonly ConditionalWeakTable<SecurityKey, SignatureProvider> providers = new();

    public override SignatureProvider CreateForSigning(SecurityKey key, string algorithm) =>
        Ours(key, algorithm) ? providers.GetValue(key, Create) : base.CreateForSigning(key, algorithm);

    public override SignatureProvider CreateForVerifying(SecurityKey key, string algorithm) =>
        Ours(key, algorithm) ? providers.GetValue(key, Create) : base.CreateForVerifying(key, algorithm);

    public override void ReleaseSignatureProvider(SignatureProvider signatureProvider)
    {
        // Ours stay with their key; any other is the default factory's to release.
        if (signatureProvider.Key is not { } key || !providers.TryGetValue(key, out var kept) || !ReferenceEquals(kept, signatureProvider))
        {
            base.ReleaseSignatureProvider(signatureProvider);
        }
    }

    private static bool Ours(SecurityKey key, string algorithm) => key is SymmetricSecurityKey && algorithm == SecurityAlgorithms.HmacSha256;

    private static SignatureProvider Create(SecurityKey key) => new SymmetricSignatureProvider(key, SecurityAlgorithms.HmacSha256, willCreateSignatures: true);
}
