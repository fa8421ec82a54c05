using System.Runtime.InteropServices;

namespace CoreApi.Infrastructure.Memory;

/// <summary>
/// Trims with the runtime's aggressive collection, which compacts the heap and decommits every free region and the
/// young generation's reserve, and then, on Linux with glibc, with <c>malloc_trim</c>, which hands back what native
/// code (OpenSSL, SQLite, the runtime itself) freed but the allocator's per-thread arenas still hold.
/// </summary>
public sealed unsafe class RuntimeProcessMemory : IProcessMemory
{
    // glibc's malloc_trim(size_t pad); null where there is none (musl, macOS, Windows): the collection still runs.
    private static readonly delegate* unmanaged<nuint, int> MallocTrim = FindMallocTrim();

    public long AllocatedBytes => GC.GetTotalAllocatedBytes();

    public long ResidentBytes => Environment.WorkingSet;

    /// <summary>Whether native memory is trimmed as well as the managed heap.</summary>
    public static bool TrimsNativeMemory => MallocTrim is not null;

    public void Trim()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (MallocTrim is not null)
        {
            MallocTrim(0);
        }
    }

    private static delegate* unmanaged<nuint, int> FindMallocTrim() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out var trim)
            ? (delegate* unmanaged<nuint, int>)trim
            : null;
}
