using CoreApi.Processes;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class PreludeParserTests
{
    // Real output of Debian's FFmpeg 5.1 (-loglevel level+info), trimmed.
    private static readonly string[] Lines =
    [
        "[info] ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers",
        "[info] Input #0, lavfi, from 'testsrc2=size=320x180:rate=10':",
        "[info]   Duration: N/A, start: 0.000000, bitrate: N/A",
        "[info]   Stream #0:0: Video: rawvideo (I420 / 0x30323449), yuv420p, 320x180 [SAR 1:1 DAR 16:9], 10 tbr, 10 tbn",
        "[info] Input #1, mpegts, from 'http://127.0.0.1:8080/memfs/a.ts':",
        "[info]   Duration: 00:01:02.50, start: 1.400000, bitrate: 705 kb/s",
        "[info]   Stream #1:0[0x101](eng): Audio: aac (LC) ([15][0][0][0] / 0x000F), 44100 Hz, stereo, fltp, 130 kb/s",
        "[info] Stream mapping:",
        "[info]   Stream #0:0 -> #0:0 (rawvideo (native) -> mjpeg (native))",
        "[info]   Stream #1:0 -> #0:1 (aac (native) -> aac (native))",
        "[info] Press [q] to stop, [?] for help",
        "[info] Output #0, hls, to 'http://admin:pw@127.0.0.1:8080/memfs/x.m3u8':",
        "[info]   Stream #0:0: Video: mjpeg, yuvj420p(pc, progressive), 320x180 [SAR 1:1 DAR 16:9], q=2-31, 200 kb/s, 10 fps, 10 tbn",
        "[info]   Stream #0:1: Audio: aac (LC), 44100 Hz, stereo, fltp, 128 kb/s",
    ];

    [TestMethod]
    public void InputsOutputsAndTheirStreamsAreRead()
    {
        var prelude = PreludeParser.Parse(Lines);

        Assert.AreEqual(2, prelude.Inputs.Count);
        Assert.AreEqual(2, prelude.Outputs.Count);
        Assert.AreEqual(2, prelude.MappedStreams);

        var video = prelude.Inputs[0];
        Assert.AreEqual(("lavfi", "testsrc2=size=320x180:rate=10", "video", "rawvideo", "yuv420p", 320, 180), (video.Format, video.Address, video.Type, video.Codec, video.PixFmt, video.Width, video.Height));
        Assert.AreEqual("und", video.Language);

        var audio = prelude.Inputs[1];
        Assert.AreEqual((1, 0, "eng", "audio", "aac", 44100, "stereo", 130.0, 62.5), (audio.Index, audio.Stream, audio.Language, audio.Type, audio.Codec, audio.SamplingHz, audio.Layout, audio.BitrateKbps, audio.DurationSeconds));

        var output = prelude.Outputs[0];
        Assert.AreEqual(("hls", "http://admin:pw@127.0.0.1:8080/memfs/x.m3u8", "mjpeg", "yuvj420p", 10.0), (output.Format, output.Address, output.Codec, output.PixFmt, output.Fps));
    }
}
