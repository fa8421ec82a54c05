namespace CoreApi.Processes;

/// <summary>Which parts of a process object <c>?filter=</c> asks for (§3.3): all four when empty; unknown names are ignored.</summary>
public readonly record struct ProcessParts(bool Config, bool State, bool Report, bool Metadata)
{
    public static ProcessParts Parse(string? filter)
    {
        if (string.IsNullOrEmpty(filter))
        {
            return new ProcessParts(true, true, true, true);
        }

        var names = filter.Split(',', StringSplitOptions.TrimEntries);
        return new ProcessParts(names.Contains("config"), names.Contains("state"), names.Contains("report"), names.Contains("metadata"));
    }
}
