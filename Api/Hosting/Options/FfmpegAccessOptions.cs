namespace CoreApi.Hosting;

/// <summary><c>ffmpeg.access</c>: regular expressions an input or output address must match (allow, when any) and must not match (block).</summary>
public sealed class FfmpegAccessOptions
{
    public AddressListOptions Input { get; set; } = new();

    public AddressListOptions Output { get; set; } = new();
}
