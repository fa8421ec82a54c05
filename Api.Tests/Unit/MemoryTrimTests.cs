using CoreApi.Configuration;
using CoreApi.Infrastructure.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CoreApi.Tests.Unit;

/// <summary>Memory goes back to the system once after each busy spell, when the server has turned quiet.</summary>
[TestClass]
public sealed class MemoryTrimTests
{
    private const long Busy = 20 * 1024 * 1024;
    private const long Quiet = 10 * 1024;

    // The policy fed one second at a time with what was allocated in it; the seconds at which it trimmed.
    private static List<int> Trims(MemoryTrimPolicy policy, IEnumerable<long> allocatedPerSecond, int idleSeconds = 2)
    {
        var (total, second, trims) = (0L, 0, new List<int>());
        policy.Tick(total, idleSeconds);
        foreach (var allocated in allocatedPerSecond)
        {
            total += allocated;
            second++;
            if (policy.Tick(total, idleSeconds))
            {
                trims.Add(second);
            }
        }

        return trims;
    }

    [TestMethod]
    public void NothingIsTrimmedWhileTheServerIsBusy()
    {
        CollectionAssert.AreEqual(new List<int>(), Trims(new MemoryTrimPolicy(), Enumerable.Repeat(Busy, 60)));
    }

    [TestMethod]
    public void MemoryIsTrimmedOnceWhenTheServerHasBeenQuietForTheIdleSeconds()
    {
        var seconds = Enumerable.Repeat(Busy, 5).Concat(Enumerable.Repeat(Quiet, 30));

        CollectionAssert.AreEqual(new List<int> { 7 }, Trims(new MemoryTrimPolicy(), seconds));
    }

    [TestMethod]
    public void ALittleTrafficDoesNotEarnATrim()
    {
        var seconds = Enumerable.Repeat(MemoryTrimPolicy.QuietBytesPerSecond * 2, 10).Concat(Enumerable.Repeat(Quiet, 30));

        CollectionAssert.AreEqual(new List<int>(), Trims(new MemoryTrimPolicy(), seconds));
    }

    [TestMethod]
    public void EachBusySpellIsFollowedByItsOwnTrim()
    {
        var spell = Enumerable.Repeat(Busy, 3).Concat(Enumerable.Repeat(Quiet, 10));

        CollectionAssert.AreEqual(new List<int> { 5, 18 }, Trims(new MemoryTrimPolicy(), spell.Concat(spell)));
    }

    [TestMethod]
    public void ABriefPauseInTheLoadIsNotQuietEnough()
    {
        var seconds = new[] { Busy, Busy, Quiet, Busy, Quiet, Busy, Busy };

        CollectionAssert.AreEqual(new List<int>(), Trims(new MemoryTrimPolicy(), seconds));
    }

    [TestMethod]
    public void ZeroIdleSecondsNeverTrims()
    {
        var seconds = Enumerable.Repeat(Busy, 5).Concat(Enumerable.Repeat(Quiet, 30));

        CollectionAssert.AreEqual(new List<int>(), Trims(new MemoryTrimPolicy(), seconds, idleSeconds: 0));
    }

    private sealed class FakeMemory : IProcessMemory
    {
        private long allocated;

        public long AllocatedBytes
        {
            get
            {
                Interlocked.Increment(ref reads);
                return Interlocked.Read(ref allocated);
            }
        }

        public long ResidentBytes => 100 << 20;

        public int Trims { get; private set; }

        public int Reads => Volatile.Read(ref reads);

        private int reads;

        public void Allocate(long bytes) => Interlocked.Add(ref allocated, bytes);

        public void Trim() => Trims++;
    }

    [TestMethod]
    public async Task TheTrimmerTrimsOnItsClockAfterLoadAndStopsWithTheHost()
    {
        var time = new FakeTimeProvider();
        var memory = new FakeMemory();
        var options = Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions());
        using var trimmer = new IdleMemoryTrimmer(memory, options, time, NullLogger<IdleMemoryTrimmer>.Instance);
        await trimmer.StartAsync(CancellationToken.None);

        // Four busy seconds, then quiet ones: the default 2 idle seconds pass at the sixth tick.
        var trimsAfterTick = new List<int>();
        for (var tick = 1; tick <= 10; tick++)
        {
            memory.Allocate(tick <= 4 ? Busy : Quiet);
            time.Advance(IdleMemoryTrimmer.Interval);
            trimsAfterTick.Add(memory.Trims);
        }

        await trimmer.StopAsync(CancellationToken.None);
        memory.Allocate(Busy);
        time.Advance(TimeSpan.FromMinutes(1));

        CollectionAssert.AreEqual(new List<int> { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 }, trimsAfterTick);
        Assert.AreEqual(10, memory.Reads, "no tick after the host stopped");
    }

    [TestMethod]
    public void ARealTrimRunsAFullCollectionAndReturnsNativeMemoryOnLinux()
    {
        var memory = new RuntimeProcessMemory();
        var collections = GC.CollectionCount(GC.MaxGeneration);

        memory.Trim();

        Assert.IsGreaterThan(collections, GC.CollectionCount(GC.MaxGeneration));
        Assert.AreEqual(OperatingSystem.IsLinux() && !File.Exists("/lib/ld-musl-x86_64.so.1"), RuntimeProcessMemory.TrimsNativeMemory);
        Assert.IsGreaterThan(0L, memory.ResidentBytes);
        Assert.IsGreaterThan(0L, memory.AllocatedBytes);
    }
}
