using System.Text;
using System.Text.RegularExpressions;

namespace CoreApi.Filesystems;

/// <summary>
/// Glob patterns as datarhei matches ids, references and file paths: <c>*</c> and <c>?</c> (not across <c>/</c> when
/// a separator is given), <c>**</c> (across it), <c>[ab]</c>, <c>[a-z]</c>, <c>[!a]</c>, <c>{a,b}</c>.
/// An invalid pattern matches nothing.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex? regex;

    public GlobPattern(string pattern, char? separator = null)
    {
        var special = pattern.IndexOfAny(['*', '?', '[', '{', '\\']);
        LiteralPrefix = special < 0 ? pattern : pattern[..special];
        try
        {
            regex = new Regex("^" + Translate(pattern, separator) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(50));
        }
        catch (ArgumentException)
        {
            regex = null;
        }
    }

    public bool IsValid => regex is not null;

    /// <summary>What every match starts with (the pattern up to its first wildcard): lets a caller skip the rest of a sorted list.</summary>
    public string LiteralPrefix { get; }

    public bool IsMatch(string text)
    {
        try
        {
            return regex?.IsMatch(text) == true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Translate(string pattern, char? separator)
    {
        var any = separator is { } s ? $"[^{Regex.Escape(s.ToString())}]" : ".";
        var result = new StringBuilder();
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    result.Append(".*");
                    i++;
                    break;
                case '*':
                    result.Append(any).Append('*');
                    break;
                case '?':
                    result.Append(any);
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        throw new ArgumentException("unterminated class");
                    }

                    var body = pattern[(i + 1)..end];
                    if (body.Length == 0)
                    {
                        throw new ArgumentException("empty class");
                    }

                    result.Append('[').Append(body[0] == '!' ? "^" + Regex.Escape(body[1..]).Replace("\\-", "-") : Regex.Escape(body).Replace("\\-", "-")).Append(']');
                    i = end;
                    break;
                case '{':
                    braces++;
                    result.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    result.Append(')');
                    break;
                case ',' when braces > 0:
                    result.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    result.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    result.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces != 0)
        {
            throw new ArgumentException("unbalanced braces");
        }

        return result.ToString();
    }
}
