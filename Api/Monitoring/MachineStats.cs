using System.Globalization;
using System.Net.NetworkInformation;

namespace CoreApi.Monitoring;

/// <summary>
/// The machine's CPU, memory and network. No library the project may use samples machine-wide CPU and available
/// memory on Linux (the runtime's meters and OpenTelemetry's instrumentation describe this process only), so the
/// two lines of <c>/proc/stat</c> and <c>/proc/meminfo</c> that hold them are read here; the network counters come
/// from .NET's <see cref="NetworkInterface"/>, the total memory from the GC (which knows a container's limit).
/// </summary>
public sealed class MachineStats
{
    private readonly Lock gate = new();
    private long[]? previous;

    /// <summary>CPU in percent of the whole machine since the previous call (idle, user, system, other).</summary>
    public (double Idle, double User, double System, double Other) Cpu()
    {
        if (ReadCpuTicks() is not { } now)
        {
            return (0, 0, 0, 0);
        }

        lock (gate)
        {
            var before = previous ?? new long[now.Length];
            previous = now;
            var delta = now.Zip(before, (a, b) => Math.Max(0, a - b)).ToArray();
            double total = delta.Sum();
            if (total <= 0)
            {
                return (100, 0, 0, 0);
            }

            // user nice system idle iowait irq softirq steal …
            var user = delta[0] + delta[1];
            var system = delta[2];
            var idle = delta[3] + (delta.Length > 4 ? delta[4] : 0);
            var other = total - user - system - idle;
            return (Percent(idle, total), Percent(user, total), Percent(system, total), Percent(other, total));
        }
    }

    public static long TotalMemoryBytes() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Memory available to new work (<c>MemAvailable</c>), in bytes.</summary>
    public static long FreeMemoryBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Bytes received and sent per network interface since it came up.</summary>
    public static IEnumerable<(string Interface, long Rx, long Tx)> Network()
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            IPInterfaceStatistics statistics;
            try
            {
                statistics = nic.GetIPStatistics();
            }
            catch (NetworkInformationException)
            {
                continue;
            }

            yield return (nic.Name, statistics.BytesReceived, statistics.BytesSent);
        }
    }

    private static double Percent(double part, double total) => Math.Round(part / total * 100, 3);

    private static long[]? ReadCpuTicks()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            return line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
