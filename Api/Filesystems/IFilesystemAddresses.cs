namespace CoreApi.Filesystems;

/// <summary>Where the filesystems are, for the processes that write to them (<c>{diskfs}</c>, <c>{memfs}</c>).</summary>
public interface IFilesystemAddresses
{
    /// <summary>The absolute directory of the disk filesystem, no trailing slash.</summary>
    string DiskDirectory { get; }

    /// <summary>The URL of the in-memory filesystem with its Basic credentials when they are required, such as <c>http://admin:pw@127.0.0.1:8080/memfs</c>.</summary>
    string MemfsUrl { get; }
}
