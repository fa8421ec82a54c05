using System.IO.Pipelines;

namespace CoreApi.Filesystems;

/// <summary>
/// The disk filesystem: <c>storage.disk.dir</c>. A path is mapped below the directory and refused when it, or any
/// directory on the way, is a symbolic link (a link could point anywhere). A write goes to a temporary file next to
/// the target and is renamed over it when complete, so a reader sees the old file or the new one.
/// </summary>
public sealed class DiskFileSystem(string root, TimeProvider time) : IFileSystem
{
    private const string TemporaryPrefix = ".core-upload-";

    private static readonly TimeSpan TotalsAge = TimeSpan.FromSeconds(5);

    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    private volatile DiskTotals? totals;

    public string Name => "disk";

    public string Mount => "/";

    public long LimitBytes => 0;

    // For metrics, polled every few seconds: counted at most every 5 s (and after our own writes), since a walk of a
    // large directory is slow; files that others put into the directory show up within 5 s.
    public long UsedBytes => Totals().Bytes;

    public long FileCount => Totals().Files;

    public string Root => root;

    public FileContent? Read(string path)
    {
        var physical = Physical(path);
        if (physical is null || !File.Exists(physical))
        {
            return null;
        }

        var info = new FileInfo(physical);
        return new FileContent(new FileEntry(path, info.Length, info.LastWriteTimeUtc), physical, null);
    }

    public bool IsDirectory(string path) => Physical(path) is { } physical && Directory.Exists(physical);

    public async Task<WriteOutcome> WriteAsync(string path, PipeReader body, long? length, CancellationToken cancellationToken)
    {
        if (Physical(path) is not { } physical || path.EndsWith('/'))
        {
            return WriteOutcome.Failed("the path is not a file inside the filesystem");
        }

        if (Directory.Exists(physical))
        {
            return WriteOutcome.Failed($"{path} is a directory");
        }

        var directory = Path.GetDirectoryName(physical)!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (IOException e)
        {
            return WriteOutcome.Failed($"the directory cannot be created: {e.Message}");
        }

        // Checked again: a directory on the way may have been replaced by a link while it was created.
        if (Physical(path) is null)
        {
            return WriteOutcome.Failed("the path is not a file inside the filesystem");
        }

        var temporary = Path.Combine(directory, TemporaryPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await body.CopyToAsync(file, cancellationToken);
            }

            var created = !File.Exists(physical);
            File.Move(temporary, physical, overwrite: true);
            totals = null;
            File.SetLastWriteTimeUtc(physical, time.GetUtcNow().UtcDateTime);
            return new WriteOutcome(created, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return WriteOutcome.Failed(e.Message);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public bool Delete(string path)
    {
        if (Physical(path) is not { } physical || !File.Exists(physical))
        {
            return false;
        }

        File.Delete(physical);
        totals = null;
        return true;
    }

    public IReadOnlyList<FileEntry> List()
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        // Links are skipped, not followed: a link may lead out of the directory or into a loop.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        return [.. new DirectoryInfo(root).EnumerateFiles("*", options)
            .Where(f => !f.Name.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            .Select(f => new FileEntry("/" + Path.GetRelativePath(root, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc))];
    }

    private DiskTotals Totals()
    {
        var now = time.GetUtcNow();
        if (totals is { } known && now - known.At < TotalsAge)
        {
            return known;
        }

        var files = List();
        var fresh = new DiskTotals(now, files.Sum(f => f.Size), files.Count);
        totals = fresh;
        return fresh;
    }

    private sealed record DiskTotals(DateTimeOffset At, long Bytes, long Files);

    // The physical path of a clean fs path, or null when it would pass through a symbolic link.
    private string? Physical(string path)
    {
        var physical = Path.GetFullPath(Path.Join(root, path));
        if (physical != root && !physical.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var current = root;
        foreach (var segment in Path.GetRelativePath(root, physical).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return null;
            }

            if (!info.Exists && !Directory.Exists(current))
            {
                break;
            }
        }

        return physical;
    }
}
