using System.Diagnostics;

namespace CoreApi.Processes;

/// <summary>The skills of the configured FFmpeg (§7): detected once at start, cached, detected again on reload.</summary>
public sealed class SkillsService(FfmpegBinary binary, ILogger<SkillsService> logger)
{
    private volatile Task<SkillsDto>? skills;

    public Task<SkillsDto> GetAsync() => skills ??= DetectAsync();

    public Task<SkillsDto> ReloadAsync() => skills = DetectAsync();

    private async Task<SkillsDto> DetectAsync()
    {
        var outputs = await Task.WhenAll(new[] { "-version", "-filters", "-codecs", "-formats", "-devices", "-protocols", "-hwaccels" }.Select(RunAsync));
        return new SkillsDto
        {
            Ffmpeg = SkillsParser.Version(outputs[0]),
            Filter = SkillsParser.Filters(outputs[1]),
            Codecs = SkillsParser.Codecs(outputs[2]),
            Formats = SkillsParser.Formats(outputs[3]),
            Devices = SkillsParser.Devices(outputs[4]),
            Protocols = SkillsParser.Protocols(outputs[5]),
            Hwaccels = SkillsParser.Hwaccels(outputs[6]),
        };
    }

    private async Task<string> RunAsync(string argument)
    {
        if (binary.Path is not { } executable)
        {
            return "";
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-hide_banner");
        start.ArgumentList.Add(argument);
        start.Environment.Clear();
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            // "-version" has no banner to hide: it prints to stdout; all others too, except on some builds (stderr).
            return await stdout + await stderr;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            logger.LogWarning("FFmpeg skills could not be read ({Argument}): {Reason}", argument, e.Message);
            return "";
        }
    }
}
