using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;

namespace CoreApi.Filesystems;

/// <summary>
/// The in-memory filesystem (CONTRACT-CORE §10.2, §11.4). A write streams the body into fresh chunks as it arrives
/// (no second buffer) and stores the finished file in one step, so readers see the old file or the new one, never a
/// part. The capacity is a hard cap on the stored bytes plus the bytes of writes in flight beyond the size of the file
/// they replace; with purge on, the oldest files (by last write) are deleted to make room, but only when the write
/// can then fit (datarhei deletes files and still fails). Replaced chunks are left to the garbage collector, never
/// reused, because a reader may still be sending them.
/// </summary>
public sealed class MemoryFileSystem(long limitBytes, bool purge, TimeProvider time) : IFileSystem
{
    private readonly ConcurrentDictionary<string, MemoryFile> files = new(StringComparer.Ordinal);
    private readonly Lock space = new();
    private long used;

    public string Name => "mem";

    public string Mount => "/memfs";

    public long LimitBytes => limitBytes;

    public long UsedBytes
    {
        get
        {
            lock (space)
            {
                return used;
            }
        }
    }

    public long FileCount => files.Count;

    public FileContent? Read(string path) =>
        files.TryGetValue(path, out var file) ? new FileContent(file.Entry, null, file.OpenRead) : null;

    public bool IsDirectory(string path) => false;

    public async Task<WriteOutcome> WriteAsync(string path, PipeReader body, long? length, CancellationToken cancellationToken)
    {
        if (limitBytes > 0 && length > limitBytes)
        {
            return WriteOutcome.Failed(WriteOutcome.TooBig);
        }

        var allowance = files.TryGetValue(path, out var old) ? old.Entry.Size : 0;
        var chunks = new List<byte[]>();
        long size = 0, reserved = 0;
        try
        {
            while (true)
            {
                var result = await body.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                var problem = limitBytes > 0 && size + buffer.Length > limitBytes ? WriteOutcome.TooBig : Reserve(path, size + buffer.Length - allowance - reserved);
                if (problem is not null)
                {
                    body.AdvanceTo(buffer.End);
                    Release(reserved);
                    return WriteOutcome.Failed(problem);
                }

                reserved = Math.Max(reserved, size + buffer.Length - allowance);
                foreach (var segment in buffer)
                {
                    Append(chunks, segment.Span, ref size);
                }

                body.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch
        {
            Release(reserved);
            throw;
        }

        return Commit(path, new MemoryFile(chunks, size, time.GetUtcNow(), path), reserved);
    }

    public bool Delete(string path)
    {
        lock (space)
        {
            if (!files.TryRemove(path, out var file))
            {
                return false;
            }

            used -= file.Entry.Size;
            return true;
        }
    }

    public IReadOnlyList<FileEntry> List() => [.. files.Values.Select(f => f.Entry)];

    private static void Append(List<byte[]> chunks, ReadOnlySpan<byte> data, ref long size)
    {
        while (data.Length > 0)
        {
            var offset = (int)(size % MemoryFile.ChunkSize);
            if (offset == 0)
            {
                chunks.Add(new byte[MemoryFile.ChunkSize]);
            }

            var count = Math.Min(MemoryFile.ChunkSize - offset, data.Length);
            data[..count].CopyTo(chunks[^1].AsSpan(offset));
            data = data[count..];
            size += count;
        }
    }

    // Takes `more` bytes of the capacity for a write in flight, purging the oldest other files if allowed and enough.
    private string? Reserve(string path, long more)
    {
        if (more <= 0)
        {
            return null;
        }

        lock (space)
        {
            if (limitBytes == 0 || used + more <= limitBytes)
            {
                used += more;
                return null;
            }

            var others = files.Where(f => f.Key != path).Sum(f => f.Value.Entry.Size);
            if (!purge || used + more - others > limitBytes)
            {
                return WriteOutcome.NoSpace;
            }

            foreach (var (name, file) in files.Where(f => f.Key != path).OrderBy(f => f.Value.Entry.LastModified).ThenBy(f => f.Key, StringComparer.Ordinal).ToList())
            {
                if (used + more <= limitBytes)
                {
                    break;
                }

                if (files.TryRemove(name, out _))
                {
                    used -= file.Entry.Size;
                }
            }

            used += more;
            return null;
        }
    }

    private void Release(long reserved)
    {
        lock (space)
        {
            used -= reserved;
        }
    }

    private WriteOutcome Commit(string path, MemoryFile file, long reserved)
    {
        lock (space)
        {
            var created = !files.TryGetValue(path, out var current);
            // The write reserved the bytes beyond the old file's size at its start; settle against what is stored now.
            used += file.Entry.Size - (current?.Entry.Size ?? 0) - reserved;
            files[path] = file;
            return new WriteOutcome(created, null);
        }
    }
}
