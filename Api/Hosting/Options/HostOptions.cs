namespace CoreApi.Hosting;

/// <summary><c>host</c>: the public names of this server (the Restreamer UI builds its player links from <c>host.name[0]</c>).</summary>
public sealed class HostOptions
{
    /// <summary>Public host names or addresses, first one preferred.</summary>
    public List<string> Name { get; set; } = [];

    /// <summary>Detect public addresses automatically (accepted for compatibility; this server does not look them up).</summary>
    public bool Auto { get; set; } = true;
}
