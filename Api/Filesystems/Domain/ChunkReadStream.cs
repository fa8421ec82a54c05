namespace CoreApi.Filesystems;

/// <summary>A seekable read-only stream over a <see cref="MemoryFile"/>'s chunks (seekable, so the framework can answer ranges).</summary>
public sealed class ChunkReadStream(IReadOnlyList<byte[]> chunks, long length) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (buffer.Length > 0 && position < length)
        {
            var chunk = chunks[(int)(position / MemoryFile.ChunkSize)];
            var start = (int)(position % MemoryFile.ChunkSize);
            var available = (int)Math.Min(Math.Min(chunk.Length - start, length - position), buffer.Length);
            chunk.AsSpan(start, available).CopyTo(buffer);
            buffer = buffer[available..];
            position += available;
            total += available;
        }

        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
