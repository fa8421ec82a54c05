using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CoreApi.Metadata;

/// <summary>A metadata key: 1 to 128 characters of letters, digits, '.', '_', ':' and '-', not starting with '.'.</summary>
public sealed partial record MetadataKey
{
    public const int MaxLength = 128;

    private MetadataKey(string value) => Value = value;

    public string Value { get; }

    public static string Rule =>
        $"a key is 1 to {MaxLength} characters of letters, digits, '.', '_', ':' and '-', and does not start with '.'";

    public static bool TryCreate(string? text, [NotNullWhen(true)] out MetadataKey? key)
    {
        key = text is not null && Pattern().IsMatch(text) ? new MetadataKey(text) : null;
        return key is not null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Za-z0-9_:\-][A-Za-z0-9._:\-]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
