namespace CoreApi.Tests.Support;

/// <summary>Debian's FFmpeg, which .ci/run installs; tests that need it report themselves inconclusive (skipped) without it.</summary>
public static class Ffmpeg
{
    public static bool IsInstalled { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "ffmpeg")));

    public static void Require()
    {
        if (!IsInstalled)
        {
            Assert.Inconclusive("FFmpeg is not installed (apt-get install -y ffmpeg; .ci/run does it)");
        }
    }

    /// <summary>A tiny live source encoded to nothing: a few percent of one core.</summary>
    public static string Config(string id, string extra = "", string globalOptions = "\"-loglevel\",\"level+info\"", string input = "testsrc2=size=320x180:rate=10") => $$"""
        {"id":"{{id}}","input":[{"id":"in","address":"{{input}}","options":["-re","-f","lavfi"]}],
         "output":[{"id":"out","address":"-","options":["-c:v","mjpeg","-f","null"]}],
         "options":[{{globalOptions}}]{{extra}}}
        """;
}
