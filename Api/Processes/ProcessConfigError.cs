namespace CoreApi.Processes;

/// <summary>Why a process config was refused: the contract's message (§2.3) and details.</summary>
public sealed record ProcessConfigError(string Message, IReadOnlyList<string> Details)
{
    public const string InvalidJson = "Invalid JSON";
    public const string InvalidConfig = "Invalid process config";

    public static ProcessConfigError Invalid(params string[] details) => new(InvalidConfig, details);
}
