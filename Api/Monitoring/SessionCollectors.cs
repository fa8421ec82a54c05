namespace CoreApi.Monitoring;

/// <summary>The session collectors datarhei names (CONTRACT-CORE §12); this server fills <c>hls</c> and <c>hlsingress</c>.</summary>
public static class SessionCollectors
{
    public const string Hls = "hls";
    public const string HlsIngress = "hlsingress";

    public static readonly IReadOnlyList<string> All = ["ffmpeg", Hls, HlsIngress, "http", "https", "rtmp", "srt"];
}
