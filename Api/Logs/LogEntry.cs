using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CoreApi.Logs;

/// <summary>One kept log entry.</summary>
public sealed record LogEntry(DateTimeOffset Time, string Level, string Component, string Message, int EventId, IReadOnlyDictionary<string, string?> Data);
