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

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            Span<byte> signature = stackalloc byte[32];
            for (var i = 0; i < 2000; i++)
            {
                var input = Encoding.ASCII.GetBytes($"header.payload-{thread}-{i}");
                signer.Sign(input, signature);
                CollectionAssert.AreEqual(HMACSHA256.HashData(Key, input), signature.ToArray());
            }
        });
    }

    [TestMethod]
    public void ThePoolKeepsAtMostSixtyFourInstancesHoweverManyThreadsSigned()
    {
        var signer = new HmacSigner(Key);
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
