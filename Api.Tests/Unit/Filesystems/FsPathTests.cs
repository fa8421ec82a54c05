using CoreApi.Filesystems;

namespace CoreApi.Tests.Unit.Filesystems;

[TestClass]
public sealed class FsPathTests
{
    [TestMethod]
    [DataRow("a/b.ts", "/a/b.ts")]
    [DataRow("/x.m3u8", "/x.m3u8")]
    [DataRow("", "/")]
    [DataRow("dir/", "/dir/")]
    [DataRow("a%2Fb", "/a%2Fb")]
    public void PlainPathsAreKept(string raw, string expected) => Assert.AreEqual(expected, FsPath.Normalize(raw, out _));

    [TestMethod]
    [DataRow("../etc/passwd")]
    [DataRow("a/../../b")]
    [DataRow("a/./b")]
    [DataRow("a\\..\\b")]
    [DataRow("a\0b")]
    [DataRow("a//b")]
    [DataRow("a\nb")]
    public void EscapesAndOddPathsAreRefused(string raw)
    {
        Assert.IsNull(FsPath.Normalize(raw, out var problem));
        Assert.IsNotNull(problem);
    }
}
