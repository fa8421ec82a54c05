namespace CoreApi.Hosting;

/// <summary><c>srt</c>: datarhei's SRT server. This server has none (<c>enable</c> must stay false); the settings shape <c>{srt}</c>.</summary>
public sealed class SrtOptions
{
    public bool Enable { get; set; }

    public string Address { get; set; } = ":6000";

    public string Passphrase { get; set; } = "";

    public string Token { get; set; } = "";

    public SrtLogOptions Log { get; set; } = new();
}
