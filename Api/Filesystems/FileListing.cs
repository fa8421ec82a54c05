namespace CoreApi.Filesystems;

/// <summary>The files of a filesystem that match a glob, sorted as <c>GET /api/v3/fs/{name}</c> asks (§11.2).</summary>
public static class FileListing
{
    public static IReadOnlyList<FileEntryDto> Of(IFileSystem fs, string? glob, string? sort, string? order)
    {
        IEnumerable<FileEntry> files = string.IsNullOrEmpty(glob)
            ? fs.List()
            : FileGlob.Matching(FileGlob.SortedByName(fs), new GlobPattern(glob, separator: '/'));

        files = sort switch
        {
            "name" => files.OrderBy(f => f.Name, StringComparer.Ordinal),
            "size" => files.OrderBy(f => f.Size).ThenBy(f => f.Name, StringComparer.Ordinal),
            _ => files.OrderBy(f => f.LastModified).ThenBy(f => f.Name, StringComparer.Ordinal),
        };
        if (order == "desc")
        {
            files = files.Reverse();
        }

        return [.. files.Select(f => new FileEntryDto(f.Name, f.Size, f.LastModified.ToUnixTimeSeconds()))];
    }
}
