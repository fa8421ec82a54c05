using CoreApi.Filesystems;

namespace CoreApi.Tests.Unit.Filesystems;

[TestClass]
public sealed class GlobPatternTests
{
    [TestMethod]
    [DataRow("l*-[12]", "la-1", true)]
    [DataRow("l*-[12]", "lb-3", false)]
    [DataRow("r-?", "r-a", true)]
    [DataRow("*", "", true)]
    [DataRow("{la,lb}-*", "lb-4", true)]
    [DataRow("[a-c]x", "bx", true)]
    [DataRow("[!a]x", "ax", false)]
    public void PatternsMatchAsDatarheiMatchesIds(string pattern, string text, bool matches) =>
        Assert.AreEqual(matches, new GlobPattern(pattern).IsMatch(text));

    [TestMethod]
    public void AnInvalidPatternMatchesNothing()
    {
        var glob = new GlobPattern("[");
        Assert.IsFalse(glob.IsValid);
        Assert.IsFalse(glob.IsMatch("["));
    }
}
