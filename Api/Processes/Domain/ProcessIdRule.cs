namespace CoreApi.Processes;

/// <summary>
/// Which process ids can be used. datarhei accepts any id that is not blank, but then cannot address ids with
/// <c>%</c> (its router decodes the path twice), <c>/</c> (only as <c>%2F</c>) or control characters, nor delete them;
/// we refuse those up front and accept every other id datarhei does (the UI's ids contain colons; spaces and
/// non-ASCII work).
/// </summary>
public static class ProcessIdRule
{
    public const int MaxLength = 255;

    /// <summary>Why <paramref name="id"/> cannot be used, or <c>null</c> when it can.</summary>
    public static string? Problem(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "an empty ID is not allowed";
        }

        if (id.Length > MaxLength)
        {
            return $"the ID must not be longer than {MaxLength} characters";
        }

        foreach (var c in id)
        {
            if (c is '%' or '/' || char.IsControl(c))
            {
                return "the ID must not contain '%', '/' or control characters (it could not be addressed in a URL path)";
            }
        }

        return null;
    }
}
