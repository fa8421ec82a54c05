using Microsoft.Extensions.Configuration;

namespace CoreApi.Hosting;

/// <summary>
/// The settings, bound from the configuration root in datarhei's own shape
/// (<c>{"address": …, "db": {"dir": …}, "api": {"auth": {…}}}</c>), so a datarhei config file binds unchanged.
/// </summary>
public sealed class CoreOptions
{
    /// <summary>Listen address, <c>host:port</c> or <c>:port</c> for every interface.</summary>
    public string Address { get; set; } = ":8080";

    public LogOptions Log { get; set; } = new();

    public DbOptions Db { get; set; } = new();

    public HostOptions Host { get; set; } = new();

    public ApiOptions Api { get; set; } = new();

    public TlsOptions Tls { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();

    public RtmpOptions Rtmp { get; set; } = new();

    public SrtOptions Srt { get; set; } = new();

    public FfmpegOptions Ffmpeg { get; set; } = new();

    public SessionsOptions Sessions { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();

    public ServiceOptions Service { get; set; } = new();

    public RouterOptions Router { get; set; } = new();
}
