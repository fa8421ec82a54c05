using System.Text.RegularExpressions;

namespace CoreApi.Hosting;

/// <summary>
/// The checks of the media sections (<c>ffmpeg</c>, <c>storage</c>, <c>rtmp</c>, <c>srt</c>, <c>tls</c>, <c>sessions</c>,
/// <c>metrics</c>); every message names the key and its environment variable.
/// </summary>
public static class MediaOptionsValidator
{
    public static void Validate(CoreOptions options, List<string> failures)
    {
        var ffmpeg = options.Ffmpeg;
        if (string.IsNullOrWhiteSpace(ffmpeg.Binary))
        {
            failures.Add($"{ConfigKeys.FfmpegBinary.Describe()} must name the FFmpeg executable.");
        }

        if (ffmpeg.MaxProcesses < 0)
        {
            failures.Add($"{ConfigKeys.FfmpegMaxProcesses.Describe()} must be 0 (unlimited) or more.");
        }

        Range(failures, ConfigKeys.FfmpegLogMaxLines, ffmpeg.Log.MaxLines, 1, 10_000);
        Range(failures, ConfigKeys.FfmpegLogMaxHistory, ffmpeg.Log.MaxHistory, 0, 100);
        Range(failures, ConfigKeys.FfmpegMaxDefined, ffmpeg.Limits.MaxDefined, 1, 100_000);
        Range(failures, ConfigKeys.FfmpegMaxInputs, ffmpeg.Limits.MaxInputs, 1, 1024);
        Range(failures, ConfigKeys.FfmpegMaxOutputs, ffmpeg.Limits.MaxOutputs, 1, 1024);
        Range(failures, ConfigKeys.FfmpegMaxOptions, ffmpeg.Limits.MaxOptions, 1, 65_536);
        Range(failures, ConfigKeys.FfmpegMaxConfigBytes, ffmpeg.Limits.MaxConfigBytes, 1024, 64 * 1024 * 1024);

        foreach (var (key, list) in new[]
        {
            (ConfigKeys.FfmpegInputAllow, ffmpeg.Access.Input.Allow),
            (ConfigKeys.FfmpegInputBlock, ffmpeg.Access.Input.Block),
            (ConfigKeys.FfmpegOutputAllow, ffmpeg.Access.Output.Allow),
            (ConfigKeys.FfmpegOutputBlock, ffmpeg.Access.Output.Block),
        })
        {
            foreach (var pattern in list)
            {
                try
                {
                    _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException e)
                {
                    failures.Add($"{key.Describe()}: '{pattern}' is not a regular expression ({e.Message}).");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(options.Storage.Disk.Dir))
        {
            failures.Add($"{ConfigKeys.DiskDir.Describe()} must name the directory of the disk filesystem.");
        }

        if (options.Storage.Memory.MaxSizeMbytes is < 0 or > 1024 * 1024)
        {
            failures.Add($"{ConfigKeys.MemoryMaxSizeMbytes.Describe()} must be between 0 (unlimited) and 1048576 MiB.");
        }

        Range(failures, ConfigKeys.StorageMaxFileSizeMbytes, options.Storage.MaxFileSizeMbytes, 1, 1024 * 1024);
        var memoryAuth = options.Storage.Memory.Auth;
        if (memoryAuth.Enable && string.IsNullOrEmpty(memoryAuth.Username))
        {
            failures.Add($"{ConfigKeys.MemoryAuthUsername.Describe()} must be set when {ConfigKeys.MemoryAuthEnable.Key} is true.");
        }

        // This server has no RTMP, SRT or TLS listener of its own; saying yes to one must not silently do nothing.
        foreach (var (key, enabled) in new[] { (ConfigKeys.RtmpEnable, options.Rtmp.Enable), (ConfigKeys.SrtEnable, options.Srt.Enable), (ConfigKeys.TlsEnable, options.Tls.Enable), (ConfigKeys.ServiceEnable, options.Service.Enable) })
        {
            if (enabled)
            {
                failures.Add($"{key.Describe()} must be false: this server has no RTMP, SRT or TLS listener of its own and connects to no hosted service (put a TLS proxy or a media server in front of it).");
            }
        }

        if (!options.Rtmp.App.StartsWith('/'))
        {
            failures.Add($"{ConfigKeys.RtmpApp.Describe()} must start with '/', not '{options.Rtmp.App}'.");
        }

        foreach (var (key, address) in new[] { (ConfigKeys.RtmpAddress, options.Rtmp.Address), (ConfigKeys.SrtAddress, options.Srt.Address) })
        {
            if (!ListenAddress.TryParse(address, out _))
            {
                failures.Add($"{key.Describe()} must be 'host:port' or ':port', not '{address}'.");
            }
        }

        foreach (var entry in options.Sessions.IpIgnorelist.Where(entry => !CoreApi.Web.AddressList.TryParse(entry, out _)))
        {
            failures.Add($"{ConfigKeys.SessionsIpIgnorelist.Describe()}: '{entry}' is neither an IP address nor a CIDR network.");
        }

        Range(failures, ConfigKeys.SessionsTimeoutSec, options.Sessions.SessionTimeoutSec, 1, 86_400);
        if (options.Metrics.Enable && (options.Metrics.RangeSec <= 0 || options.Metrics.IntervalSec <= 0 || options.Metrics.IntervalSec > options.Metrics.RangeSec))
        {
            failures.Add($"{ConfigKeys.MetricsRangeSec.Describe()} and {ConfigKeys.MetricsIntervalSec.Describe()} must be above 0, the interval not above the range.");
        }
    }

    private static void Range(List<string> failures, ConfigKey key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key.Describe()} must be between {min} and {max}, not {value}.");
        }
    }
}
