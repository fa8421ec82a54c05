using System.Numerics;

namespace CoreApi.Processes;

/// <summary>
/// datarhei's generated ids: a random UUID written in base 57 over <c>2-9A-HJ-NP-Za-km-z</c> (no 0, 1, I, O, l),
/// 22 characters, so that a person can read one out without mixing up letters and digits.
/// </summary>
public static class ShortId
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int Length = 22;

    public static string New()
    {
        var value = new BigInteger(Guid.NewGuid().ToByteArray(), isUnsigned: true);
        Span<char> text = stackalloc char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            value = BigInteger.DivRem(value, Alphabet.Length, out var digit);
            text[i] = Alphabet[(int)digit];
        }

        return new string(text);
    }
}
