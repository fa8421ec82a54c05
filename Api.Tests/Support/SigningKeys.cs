using CoreApi.Auth;
using CoreApi.Hosting;
using CoreApi.Storage;
using Microsoft.Extensions.Options;
using Moq;

namespace CoreApi.Tests.Support;

public static class SigningKeys
{
    /// <summary>The server's signing keys for one user, with a real SQLite settings store in a fresh (or the given) data directory.</summary>
    public static JwtSigningKeys Create(string username, string password, string secret, string? directory = null)
    {
        var options = new CoreOptions { Db = { Dir = directory ?? TempDirectory.Create() }, Api = { Auth = { Username = username, Password = password, Jwt = { Secret = secret } } } };
        var settings = new SqliteSettingStore(new SqliteDatabase(new DataDirectory(Options.Create(options))));
        return new JwtSigningKeys(Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == options), settings);
    }
}
