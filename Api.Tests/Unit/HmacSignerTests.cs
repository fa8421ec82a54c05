using System.Security.Cryptography;
using System.Text;
using CoreApi.Infrastructure.Security;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class HmacSignerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("adminpasswordsecret");

    [TestMethod]
    public void SignaturesMadeInParallelAreEachTheHmacOfTheirOwnInput()
    {
        var signer = new HmacSigner(Key);
        var pooled = new HmacSigner(Key, native: false);

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            Span<byte> signature = stackalloc byte[32];
            for (var i = 0; i < 2000; i++)
            {
                var input = Encoding.ASCII.GetBytes($"header.payload-{thread}-{i}");
                var expected = HMACSHA256.HashData(Key, input);
                signer.Sign(input, signature);
                CollectionAssert.AreEqual(expected, signature.ToArray());
                pooled.Sign(input, signature);
                CollectionAssert.AreEqual(expected, signature.ToArray());
            }
        });
    }

    // RFC 4231 §4.2, §4.3 and §4.7: a 20-byte key, a 4-byte key ("Jefe") and a 131-byte key, longer than a block.
    [TestMethod]
    [DataRow("0b", 20, "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
    [DataRow("4a656665", 1, "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")]
    [DataRow("aa", 131,
        "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")]
    public void SignaturesMatchTheTestVectorsOfRfc4231BothWays(string keyHex, int keyRepeats, string data, string mac)
    {
        foreach (var native in new[] { true, false })
        {
            var signature = new byte[32];
            new HmacSigner(Convert.FromHexString(string.Concat(Enumerable.Repeat(keyHex, keyRepeats))), native && NativeSha256.IsAvailable).Sign(Convert.FromHexString(data), signature);
            Assert.AreEqual(mac, Convert.ToHexStringLower(signature), native ? "native" : ".NET");
        }
    }

    [TestMethod]
    public void EveryKeyAndInputLengthAroundTheBlockSizeSignsAsDotNetDoes()
    {
        var random = new Random(5);
        foreach (var keyLength in new[] { 0, 1, 19, 63, 64, 65, 100, 200 })
        {
            var key = new byte[keyLength];
            random.NextBytes(key);
            var signer = new HmacSigner(key);
            for (var inputLength = 0; inputLength <= 300; inputLength += 11)
            {
                var input = new byte[inputLength];
                random.NextBytes(input);
                var signature = new byte[32];
                signer.Sign(input, signature);
                CollectionAssert.AreEqual(HMACSHA256.HashData(key, input), signature, $"key {keyLength} B, input {inputLength} B");
            }
        }
    }

    [TestMethod]
    public void OnLinuxTheNativeSha256IsFoundAndSignersUseNoPool()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("libcrypto's low-level SHA-256 is looked for on Linux only; elsewhere .NET's HMAC is used.");
        }

        var signer = new HmacSigner(Key);
        Span<byte> signature = stackalloc byte[32];
        signer.Sign("a.b"u8, signature);

        Assert.IsTrue(NativeSha256.IsAvailable);
        Assert.AreEqual(0, signer.Pooled);
    }

    [TestMethod]
    public void ThePoolKeepsAtMostSixtyFourInstancesHoweverManyThreadsSigned()
    {
        var signer = new HmacSigner(Key, native: false);
        using var start = new Barrier(100);

        var threads = Enumerable.Range(0, 100).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            Span<byte> signature = stackalloc byte[32];
            signer.Sign("a.b"u8, signature);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.IsTrue(signer.Pooled is > 0 and <= 64, $"{signer.Pooled} pooled");
    }
}
