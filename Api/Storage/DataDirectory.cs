using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Storage;

/// <summary>The data directory of <c>db.dir</c>, created on first use.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<CoreOptions> options)
    {
        Path = System.IO.Path.GetFullPath(options.Value.Db.Dir);
        try
        {
            Directory.CreateDirectory(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{ConfigKeys.DbDir.Describe()}: cannot create the data directory '{Path}': {e.Message}", e);
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
