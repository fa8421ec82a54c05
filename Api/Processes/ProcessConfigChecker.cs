namespace CoreApi.Processes;

/// <summary>
/// The checks of §2.3 that need the other processes and the filesystems, in the contract's order, and the FFmpeg
/// command they yield (§2.2): global options, then per input its options, <c>-i</c>, its address, then per output its
/// options and its address; placeholders expanded (§8) and input references resolved (§8.6). Security checks run on
/// the expanded values, which are what FFmpeg sees.
/// </summary>
public sealed class ProcessConfigChecker(Placeholders placeholders, MediaAddressPolicy policy)
{
    public (IReadOnlyList<string>? Command, ProcessConfigError? Error) Check(ProcessConfig config, IProcessDirectory directory)
    {
        var pid = config.Id;
        var reference = config.Reference;
        var command = new List<string>();
        var global = config.Options.Select(o => placeholders.Expand(o, PlaceholderScope.GlobalOption, pid, reference)).ToList();
        if (policy.OptionsProblem(global, output: false) is { } globalProblem)
        {
            return Fail($"the global options of '{pid}' are invalid: {globalProblem}");
        }

        command.AddRange(global);

        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in config.Inputs)
        {
            var id = placeholders.Expand(input.Id, PlaceholderScope.IoId, pid, reference);
            if (input.Address.Length == 0)
            {
                return Fail($"reference error for '#{pid}:{id}': empty address");
            }

            var address = input.Address;
            if (address.StartsWith('#'))
            {
                var (resolved, referenceProblem) = Resolve(address, pid, directory);
                if (referenceProblem is not null)
                {
                    return Fail($"reference error for '#{pid}:{id}': {referenceProblem}");
                }

                address = resolved!;
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                return Fail($"empty input IDs are not allowed (process '{pid}')");
            }

            if (!inputIds.Add(id))
            {
                return Fail($"the input ID '{id}' is already in use for the process `{pid}`");
            }

            if (string.IsNullOrWhiteSpace(address))
            {
                return Fail($"the address for input '#{pid}:{id}' must not be empty");
            }

            var options = input.Options.Select(o => placeholders.Expand(o, PlaceholderScope.InputOption, pid, reference, inputId: id)).ToList();
            var expanded = placeholders.Expand(address, PlaceholderScope.InputAddress, pid, reference, inputId: id);
            if ((policy.InputProblem(expanded, options) ?? policy.OptionsProblem(options, output: false)) is { } problem)
            {
                return Fail($"the address for input '#{pid}:{id}' ({expanded}) is invalid: {problem}");
            }

            command.AddRange(options);
            command.Add("-i");
            command.Add(expanded);
        }

        var outputIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in config.Outputs)
        {
            var id = placeholders.Expand(output.Id, PlaceholderScope.IoId, pid, reference);
            if (string.IsNullOrWhiteSpace(id))
            {
                return Fail($"empty output IDs are not allowed (process '{pid}')");
            }

            if (!outputIds.Add(id))
            {
                return Fail($"the output ID '{id}' is already in use for the process `{pid}`");
            }

            if (string.IsNullOrWhiteSpace(output.Address))
            {
                return Fail($"the address for output '#{pid}:{id}' must not be empty");
            }

            var options = output.Options.Select(o => placeholders.Expand(o, PlaceholderScope.OutputOption, pid, reference, outputId: id)).ToList();
            var expanded = ExpandOutput(output.Address, pid, reference, id);
            if ((policy.OutputProblem(expanded) ?? policy.OptionsProblem(options, output: true)) is { } problem)
            {
                return Fail($"the address for output '#{pid}:{id}' is invalid: {problem}");
            }

            command.AddRange(options);
            command.Add(expanded);
        }

        return (command, null);
    }

    /// <summary>An output address as FFmpeg gets it; input references of other processes resolve to it.</summary>
    public string ExpandOutput(string address, string processId, string reference, string outputId) =>
        placeholders.Expand(address, PlaceholderScope.OutputAddress, processId, reference, outputId: outputId);

    // "#<process>:output=<output>" (§8.6).
    private static (string? Address, string? Problem) Resolve(string address, string pid, IProcessDirectory directory)
    {
        var body = address[1..];
        var marker = body.LastIndexOf(":output=", StringComparison.Ordinal);
        if (marker <= 0 || marker + ":output=".Length >= body.Length)
        {
            return (null, $"invalid format ({address})");
        }

        var other = body[..marker];
        var outputId = body[(marker + ":output=".Length)..];
        if (other == pid)
        {
            return (null, $"self-reference not possible ({address})");
        }

        if (!directory.Exists(other))
        {
            return (null, $"unknown process '{other}' ({address})");
        }

        return directory.OutputAddress(other, outputId) is { } resolved
            ? (resolved, null)
            : (null, $"the process '{other}' has no outputs with the ID '{outputId}' ({address})");
    }

    private static (IReadOnlyList<string>?, ProcessConfigError?) Fail(string detail) => (null, ProcessConfigError.Invalid(detail));
}
