using System.Text.RegularExpressions;

namespace CoreApi.Processes;

/// <summary><c>ffmpeg.access.input</c> or <c>.output</c>: an address must match one allow expression (when there are any) and no block expression.</summary>
public sealed class AccessRules(IEnumerable<string> allow, IEnumerable<string> block)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex[] allowed = [.. allow.Select(pattern => new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout))];
    private readonly Regex[] blocked = [.. block.Select(pattern => new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout))];

    public static AccessRules None { get; } = new([], []);

    public string? Problem(string address)
    {
        try
        {
            if (allowed.Length > 0 && !allowed.Any(rule => rule.IsMatch(address)))
            {
                return "not allowed by ffmpeg.access allow rules";
            }

            return blocked.Any(rule => rule.IsMatch(address)) ? "blocked by ffmpeg.access block rules" : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return "the ffmpeg.access rules took too long to match";
        }
    }
}
