using System.Collections.Concurrent;
using CoreApi.Domain;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class TokenIdsTests
{
    [TestMethod]
    public void IdsAreRandomVersion4UuidsOfTheRfcVariant()
    {
        for (var i = 0; i < 1000; i++)
        {
            var id = TokenIds.Next();

            Assert.AreEqual(4, id.Version, id.ToString());
            Assert.AreEqual(0b10, id.Variant >> 2, id.ToString());
        }
    }

    [TestMethod]
    public void IdsStayDistinctAcrossManyBatchesAndThreads()
    {
        var seen = new ConcurrentDictionary<Guid, byte>();

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (var i = 0; i < 5000; i++)
            {
                Assert.IsTrue(seen.TryAdd(TokenIds.Next(), 0), "an identifier came twice");
            }
        });

        Assert.AreEqual(20_000, seen.Count);
    }

    [TestMethod]
    public void EachBatchIsFreshRandomnessNotARepeatOfTheLast()
    {
        var first = Enumerable.Range(0, 256).Select(_ => TokenIds.Next()).ToHashSet();
        var second = Enumerable.Range(0, 256).Select(_ => TokenIds.Next()).ToList();

        Assert.IsFalse(second.Any(first.Contains));
    }
}
