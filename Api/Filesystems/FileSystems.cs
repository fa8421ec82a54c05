using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Filesystems;

/// <summary>The server's filesystems by name (<c>disk</c>, <c>mem</c>), and the media types of their files.</summary>
public sealed class FileSystems
{
    public FileSystems(IOptions<CoreOptions> options, IFilesystemAddresses addresses, TimeProvider time)
    {
        var storage = options.Value.Storage;
        Disk = new DiskFileSystem(addresses.DiskDirectory, time);
        Memory = new MemoryFileSystem(storage.Memory.MaxSizeMbytes * 1024 * 1024, storage.Memory.Purge, time);
        Types = new MimeTypes(storage.MimetypesFile);
    }

    public DiskFileSystem Disk { get; }

    public MemoryFileSystem Memory { get; }

    public MimeTypes Types { get; }

    public IReadOnlyList<IFileSystem> All => [Disk, Memory];

    /// <summary>A filesystem by its fs API name: <c>disk</c> or <c>mem</c>.</summary>
    public IFileSystem? Get(string name) => name switch
    {
        "disk" => Disk,
        "mem" => Memory,
        _ => null,
    };
}
