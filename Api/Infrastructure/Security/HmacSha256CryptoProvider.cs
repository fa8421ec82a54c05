using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// HS256 for keys of any length. IdentityModel refuses HMAC keys under 256 bits (IDX10720), but datarhei's
/// key is username + password + secret, which a user may have chosen shorter; refusing it would break
/// drop-in compatibility. The algorithm check stays strict: HS256 only.
/// </summary>
public sealed class HmacSha256CryptoProvider : ICryptoProvider
{
    public bool IsSupportedAlgorithm(string algorithm, params object[] args) =>
        algorithm == SecurityAlgorithms.HmacSha256 && args.Length > 0 && args[0] is SymmetricSecurityKey;

    public object Create(string algorithm, params object[] args) =>
        new Signer((SymmetricSecurityKey)args[0], algorithm);

    public void Release(object cryptoInstance)
    {
        if (cryptoInstance is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private sealed class Signer(SymmetricSecurityKey key, string algorithm) : SignatureProvider(key, algorithm)
    {
        public override byte[] Sign(byte[] input) => HMACSHA256.HashData(key.Key, input);

        public override bool Sign(ReadOnlySpan<byte> data, Span<byte> destination, out int bytesWritten) =>
            HMACSHA256.TryHashData(key.Key, data, destination, out bytesWritten);

        public override bool Verify(byte[] input, byte[] signature) =>
            Verify(input, 0, input.Length, signature, 0, signature.Length);

        public override bool Verify(byte[] input, int inputOffset, int inputLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            if (signatureLength != HMACSHA256.HashSizeInBytes)
            {
                return false;
            }

            Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key.Key, input.AsSpan(inputOffset, inputLength), expected);
            return CryptographicOperations.FixedTimeEquals(expected, signature.AsSpan(signatureOffset, signatureLength));
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
