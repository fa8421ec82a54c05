using CoreApi.Auth;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class PasswordHashTests
{
    [TestMethod]
    public void AHashVerifiesItsPasswordOnly()
    {
        var hash = PasswordHash.Create("correct horse battery staple", iterations: 10_000);

        Assert.IsTrue(PasswordHash.Verify("correct horse battery staple", hash));
        Assert.IsFalse(PasswordHash.Verify("correct horse battery stapler", hash));
        Assert.IsFalse(PasswordHash.Verify("Correct horse battery staple", hash));
    }

    [TestMethod]
    public void HashesArePhcStringsWithTheirIterationsAndAFreshSalt()
    {
        var first = PasswordHash.Create("pw");
        var second = PasswordHash.Create("pw");

        StringAssert.StartsWith(first, "$pbkdf2-sha256$i=600000$");
        Assert.AreNotEqual(first, second);
    }

    [TestMethod]
    [DataRow("$pbkdf2-sha256$i=10$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")]
    [DataRow("$pbkdf2-sha256$x=10000$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")]
    [DataRow("$pbkdf2-sha256$i=10000$!!!$aGFzaA")]
    [DataRow("$pbkdf2-sha256$i=10000$c2FsdHNhbHQ")]
    public void MalformedHashesNeverVerify(string stored)
    {
        Assert.IsFalse(PasswordHash.Verify("anything", stored));
    }

    [TestMethod]
    public void PlainPasswordsAreNotHashes()
    {
        Assert.IsFalse(PasswordHash.IsHash("datarhei"));
        Assert.IsTrue(PasswordHash.IsHash(PasswordHash.Create("x", 10_000)));
    }

    [TestMethod]
    public void TheCommandPrintsAHashOfThePasswordReadFromInput()
    {
        var output = new StringWriter();

        var exit = HashPasswordCommand.TryRun(["hash-password"], new StringReader("s3cret\n"), output, new StringWriter());

        Assert.AreEqual(0, exit);
        Assert.IsTrue(PasswordHash.Verify("s3cret", output.ToString().Trim()));
    }

    [TestMethod]
    public void TheCommandRefusesAnEmptyPasswordAndIgnoresOtherArguments()
    {
        Assert.AreEqual(2, HashPasswordCommand.TryRun(["hash-password"], new StringReader(""), new StringWriter(), new StringWriter()));
        Assert.IsNull(HashPasswordCommand.TryRun(["--urls", "x"], new StringReader(""), new StringWriter(), new StringWriter()));
    }
}
