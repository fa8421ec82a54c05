using System.Diagnostics;
using CoreApi.Infrastructure.Logging;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class ConsoleBatchWriterTests
{
    [TestMethod]
    public void ALineIsWrittenAfterTheIntervalWithoutAnyFurtherLine()
    {
        var output = new RecordingWriter();
        using var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromMilliseconds(20));
        var logged = Stopwatch.StartNew();

        writer.Enqueue("one\n", toError: false, maxQueued: 100, dropWhenFull: false);

        Assert.IsTrue(output.WaitFor("one\n", TimeSpan.FromSeconds(5)), output.Text);
        Assert.IsTrue(logged.Elapsed >= TimeSpan.FromMilliseconds(15), $"written after {logged.Elapsed}: lines wait for others to join them");
    }

    [TestMethod]
    public void LinesLoggedTogetherAreWrittenInOrderAndFlushedOnce()
    {
        var output = new RecordingWriter();
        using var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromMilliseconds(200));

        for (var i = 0; i < 50; i++)
        {
            writer.Enqueue($"line {i}\n", toError: false, maxQueued: 1000, dropWhenFull: false);
        }

        var all = string.Concat(Enumerable.Range(0, 50).Select(i => $"line {i}\n"));
        Assert.IsTrue(output.WaitFor(all, TimeSpan.FromSeconds(5)), output.Text);
        Assert.AreEqual(1, output.Flushes);
    }

    [TestMethod]
    public void LinesFromManyThreadsAreAllWrittenOnceEachInEachThreadsOrder()
    {
        var output = new RecordingWriter();
        using (var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromMilliseconds(5)))
        {
            Parallel.For(0, 8, thread =>
            {
                for (var i = 0; i < 500; i++)
                {
                    writer.Enqueue($"{thread}:{i}\n", toError: false, maxQueued: 64, dropWhenFull: false);
                }
            });
        }

        var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(8 * 500, lines.Length);
        foreach (var group in lines.GroupBy(line => line.Split(':')[0]))
        {
            CollectionAssert.AreEqual(Enumerable.Range(0, 500).ToList(), group.Select(line => int.Parse(line.Split(':')[1])).ToList());
        }
    }

    [TestMethod]
    public void LinesAtTheErrorThresholdGoToStandardError()
    {
        var (output, error) = (new RecordingWriter(), new RecordingWriter());
        using (var writer = new ConsoleBatchWriter(output, error, TimeSpan.FromMilliseconds(5)))
        {
            writer.Enqueue("info\n", toError: false, maxQueued: 10, dropWhenFull: false);
            writer.Enqueue("fail\n", toError: true, maxQueued: 10, dropWhenFull: false);
        }

        Assert.AreEqual("info\n", output.Text);
        Assert.AreEqual("fail\n", error.Text);
    }

    [TestMethod]
    public void AFullQueueInDropModeDropsLinesAndSaysHowMany()
    {
        var (output, error) = (new RecordingWriter(), new RecordingWriter());
        using (var writer = new ConsoleBatchWriter(output, error, TimeSpan.FromSeconds(30)))
        {
            output.Block();
            writer.Enqueue("first\n", toError: false, maxQueued: 2, dropWhenFull: true);
            writer.Enqueue("second\n", toError: false, maxQueued: 2, dropWhenFull: true);
            Assert.IsTrue(output.WaitForWriteStarted(TimeSpan.FromSeconds(5)), "a full queue is written without waiting out the interval");
            for (var i = 0; i < 10; i++)
            {
                writer.Enqueue($"more {i}\n", toError: false, maxQueued: 2, dropWhenFull: true);
            }

            output.Release();
        }

        Assert.AreEqual("first\nsecond\nmore 0\nmore 1\n", output.Text);
        StringAssert.Contains(error.Text, "8 log line(s) dropped");
    }

    [TestMethod]
    public void DisposingWritesWhatIsQueuedAtOnce()
    {
        var output = new RecordingWriter();
        var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromSeconds(30));
        writer.Enqueue("last words\n", toError: false, maxQueued: 10, dropWhenFull: false);
        var disposing = Stopwatch.StartNew();

        writer.Dispose();

        Assert.AreEqual("last words\n", output.Text);
        Assert.IsTrue(disposing.Elapsed < TimeSpan.FromSeconds(10), $"{disposing.Elapsed}");
    }

    [TestMethod]
    public void ALineLoggedAfterDisposalIsWrittenAtOnce()
    {
        var output = new RecordingWriter();
        var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromSeconds(30));
        writer.Dispose();

        writer.Enqueue("while stopping\n", toError: false, maxQueued: 10, dropWhenFull: false);

        Assert.AreEqual("while stopping\n", output.Text);
    }

    [TestMethod]
    public void AConsoleThatFailsLosesItsLinesButNotTheWriter()
    {
        var output = new RecordingWriter { Fail = true };
        using var writer = new ConsoleBatchWriter(output, new RecordingWriter(), TimeSpan.FromMilliseconds(5));

        writer.Enqueue("lost\n", toError: false, maxQueued: 10, dropWhenFull: false);
        Thread.Sleep(100);
        output.Fail = false;
        writer.Enqueue("kept\n", toError: false, maxQueued: 10, dropWhenFull: false);

        Assert.IsTrue(output.WaitFor("kept\n", TimeSpan.FromSeconds(5)), output.Text);
    }

    /// <summary>A text writer that records what reaches it, counts flushes, and can hold up or fail a write.</summary>
    private sealed class RecordingWriter : StringWriter
    {
        private readonly ManualResetEventSlim open = new(true);
        private readonly ManualResetEventSlim writeStarted = new(false);

        public bool Fail { get; set; }

        public int Flushes { get; private set; }

        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public void Block() => open.Reset();

        public void Release() => open.Set();

        public bool WaitForWriteStarted(TimeSpan timeout) => writeStarted.Wait(timeout);

        public bool WaitFor(string text, TimeSpan timeout)
        {
            var waited = Stopwatch.StartNew();
            while (Text != text && waited.Elapsed < timeout)
            {
                Thread.Sleep(5);
            }

            return Text == text;
        }

        public override void Write(string? value)
        {
            writeStarted.Set();
            open.Wait();
            if (Fail)
            {
                throw new IOException("the console is gone");
            }

            lock (this)
            {
                base.Write(value);
            }
        }

        public override void Flush()
        {
            lock (this)
            {
                Flushes++;
            }
        }
    }
}
