using System.Text;
using CoreApi.Auth;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class LoginRequestTests
{
    private static LoginRequest Read(string json) => LoginRequest.FromJson(Encoding.UTF8.GetBytes(json));

    [TestMethod]
    [DataRow("""{"username":"a","password":"b"}""", "a", "b", DisplayName = "plain")]
    [DataRow("""{"UserName":"a","PASSWORD":"b"}""", "a", "b", DisplayName = "keys in any case")]
    [DataRow("""{"user\u006eame":"a","pass\u0057ord":"b"}""", "a", "b", DisplayName = "escaped keys")]
    [DataRow("""{"uſername":"a","password":"b"}""", null, "b", DisplayName = "a non-ASCII look-alike key is another key")]
    [DataRow("""{"username":"\u0061\"","password":"b"}""", "a\"", "b", DisplayName = "escaped value")]
    [DataRow("""{"username":"a","username":"c","password":"b"}""", "c", "b", DisplayName = "the last key wins")]
    [DataRow("""{"username":1,"password":"b"}""", null, "b", DisplayName = "a number is no user")]
    [DataRow("""{"username":{"x":[1,{"y":2}]},"password":"b","extra":[true,null]}""", null, "b", DisplayName = "objects and arrays are skipped whole")]
    [DataRow("""{"username":"a"}""", "a", null, DisplayName = "no password")]
    public void CredentialsAreReadAsDatarheiReadsThem(string json, string? username, string? password)
    {
        var request = Read(json);

        Assert.AreEqual(username, request.Username);
        Assert.AreEqual(password, request.Password);
    }

    [TestMethod]
    [DataRow("""{"username":"a","password":"b"} {}""", DisplayName = "trailing data")]
    [DataRow("""{"username":"a","password":"b"}""" + "]", DisplayName = "trailing bracket")]
    [DataRow("""["a","b"]""", DisplayName = "an array")]
    [DataRow("""{"username":"a","password":"b\x"}""", DisplayName = "a bad escape")]
    [DataRow("""{"username":"a","password":"b""", DisplayName = "unterminated")]
    [DataRow("not json", DisplayName = "not JSON")]
    [DataRow("", DisplayName = "empty")]
    public void AnythingMalformedYieldsNoCredentials(string json)
    {
        Assert.AreSame(LoginRequest.Empty, Read(json));
    }

    [TestMethod]
    public void NestingDeeperThanSixteenYieldsNoCredentials()
    {
        var deep = """{"username":"a","password":"b","x":""" + new string('[', 20) + new string(']', 20) + "}";

        Assert.AreSame(LoginRequest.Empty, Read(deep));
    }
}
