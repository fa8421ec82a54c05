namespace CoreApi.Hosting;

/// <summary><c>srt.log</c>, kept in datarhei's shape.</summary>
public sealed class SrtLogOptions
{
    public bool Enable { get; set; }

    public List<string> Topics { get; set; } = [];
}
