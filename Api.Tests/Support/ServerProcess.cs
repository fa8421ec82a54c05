using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoreApi.Tests.Support;

/// <summary>The built server started as its own operating-system process (for what a test host cannot show: a kill -9, a SIGTERM).</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    public ServerProcess(string dataDirectory)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Api.dll"));
        start.Environment["CORE_ADDRESS"] = $"127.0.0.1:{port}";
        start.Environment["CORE_DB_DIR"] = Path.Combine(dataDirectory, "config");
        start.Environment["CORE_STORAGE_DISK_DIR"] = Path.Combine(dataDirectory, "data");
        start.Environment["CORE_API_AUTH_ENABLE"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public async Task<HttpClient> WaitUntilReadyAsync()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await client.GetAsync("/ping")).IsSuccessStatusCode)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new AssertFailedException("The server did not start within 30 s");
    }

    /// <summary>The processes whose parent is this server (its FFmpeg children).</summary>
    public IReadOnlyList<int> Children() => ChildrenOf(process.Id);

    public void KillHard() => process.Kill();

    /// <summary>SIGTERM, as a service manager stops a service.</summary>
    public void Terminate() => Process.Start("/usr/bin/kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public bool WaitForExit(TimeSpan timeout) => process.WaitForExit(timeout);

    /// <summary>Whether a process is alive (a zombie that nobody reaped counts as dead).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static List<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == parent && fields[0] != "Z")
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }

        return children;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
