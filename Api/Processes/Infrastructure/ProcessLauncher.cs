using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoreApi.Processes;

/// <summary>
/// Starts child processes from one long-lived thread of its own. On Linux every FFmpeg is started through
/// <c>setpriv --pdeathsig KILL</c>, so that the kernel kills it when the server dies, even by <c>kill -9</c>
/// (ADR-010). The kernel ties that signal to the <em>thread</em> that forked the child, not to the process: started
/// from a thread-pool thread, FFmpeg would be killed as soon as the pool retired that thread. Hence this thread.
/// </summary>
public sealed class ProcessLauncher : IDisposable
{
    private const string Setpriv = "/usr/bin/setpriv";

    private readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> requests = new();
    private readonly Thread thread;

    public ProcessLauncher()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "ffmpeg launcher" };
        thread.Start();
    }

    /// <summary>Whether children die with the server (Linux with <c>setpriv</c>).</summary>
    public static bool DiesWithServer => OperatingSystem.IsLinux() && File.Exists(Setpriv);

    /// <summary>Starts <paramref name="executable"/> with <paramref name="arguments"/> (no shell), an empty environment, stdin and stdout closed, stderr read by the caller.</summary>
    public Task<Process> StartAsync(string executable, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = DiesWithServer ? Setpriv : executable,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        if (DiesWithServer)
        {
            foreach (var argument in new[] { "--pdeathsig", "KILL", "--", executable })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // datarhei runs FFmpeg with an empty environment (§2.2): nothing of the server's (secrets included) leaks into it.
        start.Environment.Clear();
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        requests.Add((start, started));
        return started.Task;
    }

    public void Dispose() => requests.CompleteAdding();

    private void Run()
    {
        foreach (var (start, started) in requests.GetConsumingEnumerable())
        {
            try
            {
                var process = Process.Start(start) ?? throw new InvalidOperationException("the process did not start");
                process.StandardInput.Close();
                started.SetResult(process);
            }
            catch (Exception e)
            {
                started.SetException(e);
            }
        }
    }
}
