using CoreApi.Processes;

namespace CoreApi.Tests.Unit.Processes;

[TestClass]
public sealed class SkillsParserTests
{
    [TestMethod]
    public void CodecsListTheirEncodersAndDecodersOrNull()
    {
        var codecs = SkillsParser.Codecs("""
            Codecs:
             D..... = Decoding supported
             -------
             D.VI.S 012v                 Uncompressed 4:2:2 10-bit
             DEV.LS h264                 H.264 / AVC (decoders: h264 h264_qsv ) (encoders: libx264 libx264rgb )
             DEAIL. aac                  AAC (Advanced Audio Coding) (decoders: aac aac_fixed )
             ..S... dvb_teletext         DVB teletext
            """);

        var v012 = codecs.Video.Single(c => c.Id == "012v");
        Assert.IsNull(v012.Encoders);
        CollectionAssert.AreEqual(new[] { "012v" }, v012.Decoders!.ToArray());
        var h264 = codecs.Video.Single(c => c.Id == "h264");
        Assert.AreEqual("H.264 / AVC", h264.Name);
        CollectionAssert.AreEqual(new[] { "libx264", "libx264rgb" }, h264.Encoders!.ToArray());
        CollectionAssert.AreEqual(new[] { "aac" }, codecs.Audio.Single().Encoders!.ToArray());
        Assert.IsNull(codecs.Subtitle.Single().Decoders);
    }

    [TestMethod]
    public void TheVersionIsMajorMinorPatch()
    {
        var ffmpeg = SkillsParser.Version("""
            ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers
            built with gcc 12 (Debian 12.2.0-14+deb12u1)
            configuration: --prefix=/usr
            libavutil      57. 28.100 / 57. 28.100
            """);

        Assert.AreEqual("5.1.9", ffmpeg.Version);
        Assert.AreEqual("gcc 12 (Debian 12.2.0-14+deb12u1)", ffmpeg.Compiler);
        Assert.AreEqual(new SkillsLibraryDto("libavutil", "57.28.100", "57.28.100"), ffmpeg.Libraries.Single());
    }
}
