using System.Security.Cryptography;
using System.Text;

namespace CoreApi.Auth;

/// <summary>
/// Password hashes as PHC strings: <c>$pbkdf2-sha256$i=600000$&lt;salt&gt;$&lt;hash&gt;</c> (PBKDF2-HMAC-SHA256,
/// 16-byte random salt, 32-byte hash, unpadded base64; OWASP's 600 000 iterations by default). A configured
/// password that does not start with <c>$pbkdf2-sha256$</c> is a plain password, as in datarhei.
/// </summary>
public static class PasswordHash
{
    public const string Prefix = "$pbkdf2-sha256$";
    public const int DefaultIterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static bool IsHash(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Create(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Prefix}i={iterations}${Encode(salt)}${Encode(hash)}";
    }

    /// <summary>Checks <paramref name="password"/> against a PHC string; false for a malformed one.</summary>
    public static bool Verify(string password, string stored)
    {
        if (!TryParse(stored, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = stored.Split('$');
        // "", "pbkdf2-sha256", "i=N", salt, hash
        if (parts.Length != 5 || !IsHash(stored) || !parts[2].StartsWith("i=", StringComparison.Ordinal)
            || !int.TryParse(parts[2].AsSpan(2), out iterations) || iterations is < 1000 or > 10_000_000)
        {
            return false;
        }

        try
        {
            salt = Decode(parts[3]);
            hash = Decode(parts[4]);
            return salt.Length >= 8 && hash.Length >= 16;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static byte[] Decode(string text) => Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
}
