namespace CoreApi.Processes;

/// <summary>What the checks of one config need to know about the other processes.</summary>
public interface IProcessDirectory
{
    bool Exists(string id);

    /// <summary>The expanded address of output <paramref name="outputId"/> of process <paramref name="processId"/>; <c>null</c> when it has none such; throws <see cref="KeyNotFoundException"/> for an unknown process.</summary>
    string? OutputAddress(string processId, string outputId);
}
