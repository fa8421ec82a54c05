namespace CoreApi.Filesystems;

/// <summary>The CORS policy of the mounts, from <c>storage.cors.origins</c> (players on other sites read the streams).</summary>
public static class FilesystemCors
{
    public const string Policy = "storage";
}
