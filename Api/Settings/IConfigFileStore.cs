using System.Text.Json.Nodes;

namespace CoreApi.Settings;

/// <summary>The datarhei-style config file on disk.</summary>
public interface IConfigFileStore
{
    string Path { get; }

    /// <summary>The file's JSON object; null when there is no file yet.</summary>
    JsonObject? Read();

    /// <summary>Replaces the file atomically: a crash or failure during the write leaves the old file intact.</summary>
    void Write(JsonObject document);

    DateTimeOffset? CreatedAt { get; }

    DateTimeOffset? UpdatedAt { get; }
}
