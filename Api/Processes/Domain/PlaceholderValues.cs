namespace CoreApi.Processes;

/// <summary>The values the placeholders of one process expand to (§8.1).</summary>
/// <param name="DiskFs">The absolute disk directory, no trailing slash.</param>
/// <param name="MemFs">The memfs base URL with its Basic credentials, such as <c>http://admin:pw@127.0.0.1:8080/memfs</c>.</param>
/// <param name="RtmpBase">The RTMP base, such as <c>rtmp://localhost:1935</c> plus the app unless it is <c>/</c>.</param>
/// <param name="RtmpToken">The RTMP token, or empty.</param>
/// <param name="SrtHostPort">The SRT server, such as <c>localhost:6000</c>.</param>
/// <param name="SrtToken">The SRT token, or empty.</param>
/// <param name="SrtPassphrase">The SRT passphrase, or empty.</param>
public sealed record PlaceholderValues(
    string DiskFs,
    string MemFs,
    string RtmpBase,
    string RtmpToken,
    string SrtHostPort,
    string SrtToken,
    string SrtPassphrase);
