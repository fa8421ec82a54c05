namespace CoreApi.Hosting;

/// <summary><c>storage.memory.auth</c>: HTTP Basic credentials for writes to <c>/memfs</c>; FFmpeg gets them through <c>{memfs}</c>.</summary>
public sealed class MemoryAuthOptions
{
    public bool Enable { get; set; } = true;

    public string Username { get; set; } = "admin";

    /// <summary>Empty: a random 18-character password is made at each start, as datarhei does.</summary>
    public string Password { get; set; } = "";
}
