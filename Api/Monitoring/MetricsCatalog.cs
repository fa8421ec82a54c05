using CoreApi.Filesystems;
using CoreApi.Hosting;
using CoreApi.Processes;
using Microsoft.Extensions.Options;

namespace CoreApi.Monitoring;

/// <summary>
/// The metrics of <c>/api/v3/metrics</c> (CONTRACT-CORE §13) and one sample of all of them. Both filesystems have
/// their <c>filesystem_*</c> series (<c>name=memfs</c> and <c>name=diskfs</c>; datarhei loses the disk ones).
/// </summary>
public sealed class MetricsCatalog(MachineStats machine, FileSystems filesystems, ProcessService processes, SessionTracker sessions, IOptions<CoreOptions> options, TimeProvider time)
{
    private readonly DateTimeOffset started = time.GetUtcNow();

    public static IReadOnlyList<MetricDescriptionDto> Descriptions { get; } =
    [
        new("cpu_idle", "Percent of the machine's CPU idle", []),
        new("cpu_ncpu", "Number of logical CPUs", []),
        new("cpu_other", "Percent of the machine's CPU in interrupts, steal and guests", []),
        new("cpu_system", "Percent of the machine's CPU in the kernel", []),
        new("cpu_user", "Percent of the machine's CPU in user space", []),
        new("disk_total", "Size of the disk holding the disk filesystem, in bytes", ["path"]),
        new("disk_usage", "Bytes used on the disk holding the disk filesystem", ["path"]),
        new("ffmpeg_process", "Number of FFmpeg processes per exec state", ["state"]),
        new("filesystem_files", "Number of files", ["name"]),
        new("filesystem_limit", "Capacity in bytes (0: unlimited)", ["name"]),
        new("filesystem_usage", "Bytes stored", ["name"]),
        new("mem_free", "Memory available, in bytes", []),
        new("mem_total", "Memory of the machine (or the container's limit), in bytes", []),
        new("net_rx", "Bytes received per network interface", ["interface"]),
        new("net_tx", "Bytes sent per network interface", ["interface"]),
        new("restream_process", "CPU (percent) and memory (bytes) of each process", ["processid", "state", "order", "name"]),
        new("restream_process_states", "1 for each process's current exec state", ["processid", "state"]),
        new("restream_state", "Number of processes per exec state", ["state"]),
        new("session_active", "Active sessions", ["collector"]),
        new("session_limit", "Most sessions allowed (0: unlimited)", ["collector"]),
        new("session_maxrxbitrate", "Most receive bitrate allowed, bit/s (0: unlimited)", ["collector"]),
        new("session_maxtxbitrate", "Most send bitrate allowed, bit/s (0: unlimited)", ["collector"]),
        new("session_rxbitrate", "Receive bitrate of the active sessions, bit/s", ["collector"]),
        new("session_rxbytes", "Bytes received since the start", ["collector"]),
        new("session_total", "Sessions since the start", ["collector"]),
        new("session_txbitrate", "Send bitrate of the active sessions, bit/s", ["collector"]),
        new("session_txbytes", "Bytes sent since the start", ["collector"]),
        new("uptime_uptime", "Seconds since the server started", []),
    ];

    public IReadOnlyList<MetricSample> Sample()
    {
        var samples = new List<MetricSample>();
        void Add(string name, double value, params (string Key, string Value)[] labels) =>
            samples.Add(new MetricSample(name, labels.Length == 0 ? null : labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal), value));

        var (idle, user, system, other) = machine.Cpu();
        Add("cpu_idle", idle);
        Add("cpu_user", user);
        Add("cpu_system", system);
        Add("cpu_other", other);
        Add("cpu_ncpu", Environment.ProcessorCount);
        Add("mem_total", MachineStats.TotalMemoryBytes());
        Add("mem_free", MachineStats.FreeMemoryBytes());
        Add("uptime_uptime", Math.Floor((time.GetUtcNow() - started).TotalSeconds));

        foreach (var (fs, name) in new (IFileSystem, string)[] { (filesystems.Memory, "memfs"), (filesystems.Disk, "diskfs") })
        {
            Add("filesystem_files", fs.FileCount, ("name", name));
            Add("filesystem_limit", fs.LimitBytes, ("name", name));
            Add("filesystem_usage", fs.UsedBytes, ("name", name));
        }

        try
        {
            var drive = new DriveInfo(filesystems.Disk.Root);
            Add("disk_total", drive.TotalSize, ("path", filesystems.Disk.Root));
            Add("disk_usage", drive.TotalSize - drive.AvailableFreeSpace, ("path", filesystems.Disk.Root));
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // The directory's disk cannot be read: no series rather than a wrong one.
        }

        foreach (var (nic, rx, tx) in MachineStats.Network())
        {
            Add("net_rx", rx, ("interface", nic));
            Add("net_tx", tx, ("interface", nic));
        }

        var states = processes.List("state", null, null, null, null);
        foreach (var exec in Enum.GetNames<ExecState>().Select(n => n.ToLowerInvariant()))
        {
            var count = states.Count(p => p.State!.Exec == exec);
            Add("ffmpeg_process", count, ("state", exec));
            Add("restream_state", count, ("state", exec));
        }

        foreach (var process in states)
        {
            var state = process.State!;
            Add("restream_process", state.CpuUsage, ("processid", process.Id), ("state", state.Exec), ("order", state.Order), ("name", "cpu"));
            Add("restream_process", state.MemoryBytes, ("processid", process.Id), ("state", state.Exec), ("order", state.Order), ("name", "memory"));
            Add("restream_process_states", 1, ("processid", process.Id), ("state", state.Exec));
        }

        var limits = options.Value.Sessions;
        foreach (var collector in SessionCollectors.All)
        {
            var summary = sessions.Summary(collector);
            Add("session_active", summary.Active.Sessions, ("collector", collector));
            Add("session_limit", limits.MaxSessions, ("collector", collector));
            Add("session_maxrxbitrate", 0, ("collector", collector));
            Add("session_maxtxbitrate", limits.MaxBitrateMbit * 1_000_000, ("collector", collector));
            Add("session_rxbitrate", Math.Round(summary.Active.BandwidthRxMbit * 1024 * 1024), ("collector", collector));
            Add("session_txbitrate", Math.Round(summary.Active.BandwidthTxMbit * 1024 * 1024), ("collector", collector));
            Add("session_rxbytes", Math.Round(summary.Summary.TrafficRxMb * 1024 * 1024), ("collector", collector));
            Add("session_txbytes", Math.Round(summary.Summary.TrafficTxMb * 1024 * 1024), ("collector", collector));
            Add("session_total", summary.Summary.Sessions, ("collector", collector));
        }

        return samples;
    }
}
