using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// HMAC-SHA256 (RFC 2104) with one key, of any length (RFC 2104 allows it; datarhei's key may be short). Where
/// <see cref="NativeSha256"/> is available the key's inner and outer padded blocks are hashed once, here, and a
/// signature costs hashing the input and the inner digest from those two states, with nothing shared to lock.
/// Elsewhere keyed .NET instances are pooled: setting a key up costs more than hashing a token.
/// </summary>
public sealed class HmacSigner
{
    private const int MaxPooled = 64;
    private readonly byte[]? innerState, outerState;
    private readonly ConcurrentBag<HMACSHA256> pool = [];

    // Counted here: the bag's own Count locks every thread's list on each call.
    private int pooled;

    public HmacSigner(byte[] key) : this(key, NativeSha256.IsAvailable)
    {
    }

    /// <summary>With <paramref name="native"/> false, always .NET's HMAC (tests compare both ways).</summary>
    internal HmacSigner(byte[] key, bool native)
    {
        Key = key;
        if (native)
        {
            (innerState, outerState) = PaddedKeyStates(key);
        }
    }

    public byte[] Key { get; }

    /// <summary>How many keyed .NET instances wait in the pool (at most 64; none when the native states are used).</summary>
    internal int Pooled => Volatile.Read(ref pooled);

    public void Sign(ReadOnlySpan<byte> input, Span<byte> signature)
    {
        if (innerState is not null)
        {
            // HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), RFC 2104 §2.
            Span<byte> inner = stackalloc byte[SHA256.HashSizeInBytes];
            NativeSha256.Finish(innerState, input, inner);
            NativeSha256.Finish(outerState, inner, signature);
            return;
        }

        SignPooled(input, signature);
    }

    private void SignPooled(ReadOnlySpan<byte> input, Span<byte> signature)
    {
        if (pool.TryTake(out var hmac))
        {
            Interlocked.Decrement(ref pooled);
        }
        else
        {
            hmac = new HMACSHA256(Key);
        }

        hmac.TryComputeHash(input, signature, out _);
        if (Interlocked.Increment(ref pooled) <= MaxPooled)
        {
            pool.Add(hmac);
        }
        else
        {
            Interlocked.Decrement(ref pooled);
            hmac.Dispose();
        }
    }

    // K' is the key, hashed first when longer than a block, zero-padded to a block (RFC 2104 §2).
    private static (byte[] Inner, byte[] Outer) PaddedKeyStates(byte[] key)
    {
        Span<byte> padded = stackalloc byte[NativeSha256.BlockBytes];
        padded.Clear();
        if (key.Length > NativeSha256.BlockBytes)
        {
            SHA256.HashData(key, padded);
        }
        else
        {
            key.CopyTo(padded);
        }

        Span<byte> block = stackalloc byte[NativeSha256.BlockBytes];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(padded[i] ^ 0x36);
        }

        var inner = NativeSha256.Absorb(block);
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(padded[i] ^ 0x5c);
        }

        var outer = NativeSha256.Absorb(block);
        CryptographicOperations.ZeroMemory(padded);
        CryptographicOperations.ZeroMemory(block);
        return (inner, outer);
    }
}
