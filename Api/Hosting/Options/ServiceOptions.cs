namespace CoreApi.Hosting;

/// <summary><c>service</c>: datarhei's connection to its hosted service, kept in its shape (the Restreamer UI reads it); this server connects to none.</summary>
public sealed class ServiceOptions
{
    public bool Enable { get; set; }

    public string Token { get; set; } = "";

    public string Url { get; set; } = "";
}
