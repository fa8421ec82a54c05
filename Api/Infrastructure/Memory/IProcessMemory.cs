namespace CoreApi.Infrastructure.Memory;

/// <summary>The process's memory as <see cref="IdleMemoryTrimmer"/> sees it.</summary>
public interface IProcessMemory
{
    /// <summary>Bytes the process has allocated on the managed heap since it started.</summary>
    long AllocatedBytes { get; }

    /// <summary>The process's resident memory (RSS), in bytes.</summary>
    long ResidentBytes { get; }

    /// <summary>Returns what the process holds but does not use to the system.</summary>
    void Trim();
}
