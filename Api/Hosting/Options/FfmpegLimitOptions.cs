using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary><c>ffmpeg.limits</c> (ours; datarhei has none): what process configs may hold, so that no client can exhaust the server.</summary>
public sealed class FfmpegLimitOptions
{
    /// <summary>Processes that may exist at once, running or not.</summary>
    [ConfigurationKeyName("max_defined")]
    public int MaxDefined { get; set; } = 1000;

    [ConfigurationKeyName("max_inputs")]
    public int MaxInputs { get; set; } = 32;

    [ConfigurationKeyName("max_outputs")]
    public int MaxOutputs { get; set; } = 32;

    /// <summary>Options in one list (global, per input, per output).</summary>
    [ConfigurationKeyName("max_options")]
    public int MaxOptions { get; set; } = 512;

    /// <summary>The largest process config body, in bytes.</summary>
    [ConfigurationKeyName("max_config_bytes")]
    public int MaxConfigBytes { get; set; } = 256 * 1024;
}
