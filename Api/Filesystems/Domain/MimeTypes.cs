namespace CoreApi.Filesystems;

/// <summary>
/// Extension → media type for the mounts and the fs API (CONTRACT-CORE §11.4): datarhei's shipped table, or the
/// <c>mime.types</c> file of <c>storage.mimetypes_file</c> when it exists (lines <c>type ext ext…</c>, <c>#</c> comments).
/// </summary>
public sealed class MimeTypes
{
    public const string Unknown = "application/data";

    private static readonly Dictionary<string, string> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain", [".htm"] = "text/html", [".html"] = "text/html", [".js"] = "text/javascript",
        [".css"] = "text/css", [".json"] = "application/json", [".m3u8"] = "application/vnd.apple.mpegurl",
        [".xml"] = "application/xml", [".ts"] = "video/MP2T", [".mp4"] = "video/mp4", [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".gif"] = "image/gif", [".svg"] = "image/svg+xml",
        [".ico"] = "image/vnd.microsoft.icon", [".ttf"] = "font/ttf", [".woff"] = "font/woff", [".woff2"] = "font/woff2",
    };

    private readonly Dictionary<string, string> types;

    public MimeTypes(string? file = null)
    {
        types = file is not null && File.Exists(file) ? Parse(File.ReadAllLines(file)) : new Dictionary<string, string>(Defaults, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The media type of <paramref name="path"/>, or <c>null</c> for an extension not in the table.</summary>
    public string? Of(string path) => types.GetValueOrDefault(Path.GetExtension(path));

    public static Dictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var words = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words[0].StartsWith('#'))
            {
                continue;
            }

            foreach (var extension in words[1..])
            {
                table[extension.StartsWith('.') ? extension : "." + extension] = words[0];
            }
        }

        return table;
    }
}
