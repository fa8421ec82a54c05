using CoreApi.Infrastructure.Security;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class Sha256DigestsTests
{
    [TestMethod]
    public void EqualDigestsAreEqual()
    {
        var digest = System.Security.Cryptography.SHA256.HashData("token"u8);

        Assert.IsTrue(Sha256Digests.EqualInConstantTime(digest, (byte[])digest.Clone()));
    }

    [TestMethod]
    public void ADifferenceInAnyBitOfAnyByteMakesThemUnequal()
    {
        var digest = System.Security.Cryptography.SHA256.HashData("token"u8);
        for (var i = 0; i < digest.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var other = (byte[])digest.Clone();
                other[i] ^= (byte)(1 << bit);

                Assert.IsFalse(Sha256Digests.EqualInConstantTime(digest, other), $"byte {i}, bit {bit}");
            }
        }
    }

    [TestMethod]
    [DataRow(31, 32)]
    [DataRow(32, 33)]
    [DataRow(0, 0)]
    public void OnlyDigestsOf32BytesAreCompared(int left, int right)
    {
        Assert.ThrowsExactly<ArgumentException>(() => Sha256Digests.EqualInConstantTime(new byte[left], new byte[right]));
    }
}
