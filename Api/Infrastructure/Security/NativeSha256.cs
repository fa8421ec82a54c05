using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CoreApi.Infrastructure.Security;

/// <summary>
/// SHA-256 (FIPS 180-4) through the low-level functions of the system's OpenSSL <c>libcrypto</c>, the library .NET itself
/// uses on Linux, on a hash state that lives in our own memory. What it saves is not the hashing (the same assembly
/// code runs) but what surrounds it: .NET's HMAC and hash classes go through OpenSSL's provider layer, which per call
/// allocates and frees contexts, copies them, and clears the thread's error queue three or four times — about 0.8 µs of
/// a 1.75 µs token HMAC on this project's machine. A state we own can be copied like any other bytes, so an HMAC key's
/// two padded blocks (RFC 2104 §2) are hashed once, and a signature is one copy, update and final per side.
/// Where the library or its functions are missing (Windows, macOS, an OpenSSL built without them) or the self-test
/// at load fails, <see cref="IsAvailable"/> is false and callers use .NET's classes; the results are the same bytes.
/// </summary>
// The hash state on the stack needs no zeroing: Init or a copy fills it.
[SkipLocalsInit]
internal static unsafe class NativeSha256
{
    /// <summary>
    /// Bytes reserved for one hash state: <c>sizeof(SHA256_CTX)</c> is 112 in OpenSSL 1.1 and 3.x (eight words of
    /// state, a 64-bit length, a 64-byte block and two counters); the rest is room to spare.
    /// </summary>
    public const int StateBytes = 128;

    public const int BlockBytes = 64;

    // Called without the GC transition of an ordinary P/Invoke (two per call, some 15 ns each): the functions only
    // compute over memory we pin, never block or call back, and their longest run here — the largest token or
    // password the API accepts — stays within tens of microseconds, which is all a garbage collection may wait.
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> Init;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> Update;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> Final;

    /// <summary>Whether the native functions were found and hash as .NET does.</summary>
    public static bool IsAvailable { get; }

    static NativeSha256()
    {
        // The names .NET probes for, newest first; an already loaded library is found again, not loaded twice.
        foreach (var name in (ReadOnlySpan<string>)["libcrypto.so.3", "libcrypto.so.1.1"])
        {
            if (NativeLibrary.TryLoad(name, out var library)
                && NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
                && NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
                && NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
            {
                Init = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
                Update = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
                Final = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
                IsAvailable = HashesAsDotNetDoes();
                return;
            }
        }
    }

    /// <summary>The state after hashing <paramref name="block"/> (one 64-byte block, e.g. an HMAC key's padded block).</summary>
    public static byte[] Absorb(ReadOnlySpan<byte> block)
    {
        var state = new byte[StateBytes];
        fixed (byte* s = state)
        fixed (byte* b = block)
        {
            Check(Init(s));
            Check(Update(s, b, (nuint)block.Length));
        }

        return state;
    }

    /// <summary>SHA-256 of what <paramref name="state"/> has absorbed followed by <paramref name="input"/>; the state is not changed.</summary>
    public static void Finish(ReadOnlySpan<byte> state, ReadOnlySpan<byte> input, Span<byte> digest)
    {
        var work = stackalloc byte[StateBytes];
        state.CopyTo(new Span<byte>(work, StateBytes));
        fixed (byte* i = input)
        fixed (byte* d = digest)
        {
            Check(Update(work, i, (nuint)input.Length));
            Check(Final(d, work));
        }
    }

    /// <summary>SHA-256 of <paramref name="input"/>: natively where available, else through .NET.</summary>
    public static void HashData(ReadOnlySpan<byte> input, Span<byte> digest)
    {
        if (IsAvailable)
        {
            Hash(input, digest);
        }
        else
        {
            SHA256.HashData(input, digest);
        }
    }

    /// <summary>SHA-256 of <paramref name="input"/>.</summary>
    internal static void Hash(ReadOnlySpan<byte> input, Span<byte> digest)
    {
        var work = stackalloc byte[StateBytes];
        fixed (byte* i = input)
        fixed (byte* d = digest)
        {
            Check(Init(work));
            Check(Update(work, i, (nuint)input.Length));
            Check(Final(d, work));
        }
    }

    // The functions return 1; anything else would mean a state we do not understand.
    private static void Check(int result)
    {
        if (result != 1)
        {
            throw new CryptographicException("libcrypto's SHA-256 failed.");
        }
    }

    // FIPS 180-4 test vectors would do as well; comparing with the platform also covers a state layout we did not expect.
    private static bool HashesAsDotNetDoes()
    {
        try
        {
            Span<byte> input = stackalloc byte[200];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = (byte)(i * 7 + 3);
            }

            Span<byte> native = stackalloc byte[SHA256.HashSizeInBytes];
            Span<byte> managed = stackalloc byte[SHA256.HashSizeInBytes];
            var state = Absorb(input[..BlockBytes]);
            Finish(state, input[BlockBytes..], native);
            SHA256.HashData(input, managed);
            if (!native.SequenceEqual(managed))
            {
                return false;
            }

            Hash(input[..3], native);
            SHA256.HashData(input[..3], managed);
            return native.SequenceEqual(managed);
        }
        catch (Exception e) when (e is CryptographicException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
