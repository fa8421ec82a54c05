using System.Text;

namespace CoreApi.Processes;

/// <summary>
/// Splits FFmpeg's stderr into lines at <c>\r</c> or <c>\n</c> (its status line ends with <c>\r</c>, §5); empty lines
/// are skipped, a line is cut at <see cref="MaxLineLength"/> characters so that no output can grow memory without bound.
/// </summary>
public static class StderrLineReader
{
    public const int MaxLineLength = 16 * 1024;

    public static async Task ReadAsync(Stream stderr, Action<string> onLine, CancellationToken cancellationToken = default)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[8192];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var line = new StringBuilder();
        var skipping = false;
        while (true)
        {
            int read;
            try
            {
                read = await stderr.ReadAsync(bytes, cancellationToken);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            var count = decoder.GetChars(bytes, 0, read, chars, 0);
            for (var i = 0; i < count; i++)
            {
                var c = chars[i];
                if (c is '\r' or '\n')
                {
                    if (line.Length > 0)
                    {
                        onLine(line.ToString());
                        line.Clear();
                    }

                    skipping = false;
                }
                else if (!skipping)
                {
                    line.Append(c);
                    if (line.Length >= MaxLineLength)
                    {
                        onLine(line.ToString());
                        line.Clear();
                        skipping = true;
                    }
                }
            }
        }

        if (line.Length > 0)
        {
            onLine(line.ToString());
        }
    }
}
