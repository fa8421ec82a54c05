using System.Text.Json;
using System.Text.Json.Nodes;
using CoreApi.About;
using CoreApi.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CoreApi.Settings;

/// <summary>
/// <c>/api/v3/config</c>: the running configuration in datarhei's JSON shape (<c>version</c> 3) with every secret
/// redacted, its replacement in the config file (validated, written atomically, applied by a reload), and the
/// settings that environment variables override.
/// </summary>
public sealed class ConfigService(
    IConfiguration configuration,
    IOptionsMonitor<CoreOptions> options,
    IInstanceIdentity identity,
    IConfigFileStore file,
    IValidator<CoreOptions> validator,
    ConfigOverrides overrides,
    TimeProvider time,
    ILogger<ConfigService> logger)
{
    /// <summary>Shown instead of a secret; sent back unchanged, it keeps the stored value.</summary>
    public const string Redacted = "[redacted]";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        WriteIndented = false,
    };

    private static readonly string[][] SecretPaths =
    [
        ["api", "auth", "password"], ["api", "auth", "jwt", "secret"], ["storage", "memory", "auth", "password"],
        ["rtmp", "token"], ["srt", "passphrase"], ["srt", "token"], ["service", "token"],
    ];

    private DateTimeOffset loadedAt = time.GetUtcNow();

    public JsonObject Get()
    {
        var document = Document(options.CurrentValue);
        Redact(document);
        return new JsonObject
        {
            ["created_at"] = file.CreatedAt ?? loadedAt,
            ["loaded_at"] = loadedAt,
            ["updated_at"] = file.UpdatedAt ?? loadedAt,
            ["config"] = document,
            ["overrides"] = new JsonArray([.. overrides.Keys().Select(key => JsonValue.Create(key))]),
        };
    }

    public ConfigResult Put(JsonNode? body)
    {
        if (body is not JsonObject submitted)
        {
            return ConfigResult.Failed(ConfigFailure.InvalidJson, "the config must be a JSON object");
        }

        var current = options.CurrentValue;
        CoreOptions candidate;
        try
        {
            Unredact(submitted, current);
            candidate = submitted.Deserialize<CoreOptions>(Json) ?? new CoreOptions();
        }
        catch (JsonException e)
        {
            return ConfigResult.Failed(ConfigFailure.InvalidJson, e.Message);
        }

        if (ChangedOverrides(candidate) is { Length: > 0 } changed)
        {
            return ConfigResult.Failed(ConfigFailure.Overridden, changed);
        }

        var validation = validator.Validate(candidate);
        if (!validation.IsValid)
        {
            return ConfigResult.Failed(ConfigFailure.Invalid, [.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var stored = StoredDocument(candidate, submitted);
        try
        {
            file.Write(stored);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("The config could not be written to {Path}: {Reason}", file.Path, e.Message);
            return ConfigResult.Failed(ConfigFailure.NotStored, $"the config file could not be written: {e.Message}");
        }

        logger.LogInformation("Config stored in {Path}; apply it with GET /api/v3/config/reload", file.Path);
        var view = Get();
        view["config"] = Redact(Document(candidate));
        return new ConfigResult(view, null, []);
    }

    /// <summary>Applies the stored config without a restart, after checking that it is valid.</summary>
    public ConfigResult Reload()
    {
        try
        {
            var candidate = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection(CoreConfigFileProvider.Read(file.Path))
                .AddInMemoryCollection(overrides.Paths().Keys.ToDictionary(path => path, path => configuration[path]))
                .Build()
                .Get<CoreOptions>() ?? new CoreOptions();
            var validation = validator.Validate(candidate);
            if (!validation.IsValid)
            {
                return ConfigResult.Failed(ConfigFailure.Invalid, [.. validation.Errors.Select(e => e.ErrorMessage)]);
            }
        }
        catch (InvalidOperationException e)
        {
            return ConfigResult.Failed(ConfigFailure.InvalidJson, e.Message);
        }

        ConfigurationProviders.Reload(configuration);
        loadedAt = time.GetUtcNow();
        logger.LogInformation("Config reloaded from {Path}", file.Path);
        return new ConfigResult(Get(), null, []);
    }

    private JsonObject Document(CoreOptions value)
    {
        var document = new JsonObject
        {
            ["version"] = 3,
            ["id"] = identity.Id,
            ["name"] = identity.Name,
        };
        foreach (var (name, node) in JsonSerializer.SerializeToNode(value, Json)!.AsObject())
        {
            document[name] = node?.DeepClone();
        }

        return document;
    }

    /// <summary>
    /// What goes into the file: the submitted sections this product knows, sections it does not know kept as they
    /// were (a datarhei config keeps its ffmpeg, storage, … sections), and overridden settings left at their file
    /// values so that no environment secret is copied into the file.
    /// </summary>
    private JsonObject StoredDocument(CoreOptions candidate, JsonObject submitted)
    {
        var existing = file.Read() ?? [];
        var stored = Document(candidate);
        foreach (var (name, node) in submitted)
        {
            stored[name] ??= node?.DeepClone();
        }

        foreach (var (name, node) in existing)
        {
            stored[name] ??= node?.DeepClone();
        }

        foreach (var path in overrides.Paths().Keys.Select(ConfigOverrides.ToDottedKey).Distinct())
        {
            var segments = path.Split('.');
            Set(stored, segments, Get(existing, segments)?.DeepClone());
        }

        return stored;
    }

    private string[] ChangedOverrides(CoreOptions candidate)
    {
        var submitted = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(candidate, Json)))
            .Build();
        return [.. overrides.Paths()
            .Where(pair => !string.Equals(submitted[pair.Key], configuration[pair.Key], StringComparison.Ordinal))
            .Select(pair => $"{ConfigOverrides.ToDottedKey(pair.Key)} is set by the environment variable {pair.Value} and cannot be changed here")
            .Distinct()];
    }

    private static JsonObject Redact(JsonObject document)
    {
        foreach (var path in SecretPaths)
        {
            if (Get(document, path) is JsonValue value && value.ToString().Length > 0)
            {
                Set(document, path, Redacted);
            }
        }

        if (Get(document, ["api", "auth", "users"]) is JsonArray users)
        {
            foreach (var user in users.OfType<JsonObject>())
            {
                user["password"] = Redacted;
            }
        }

        return document;
    }

    private void Unredact(JsonObject submitted, CoreOptions current)
    {
        var currentDocument = Document(current);
        foreach (var path in SecretPaths)
        {
            if (Get(submitted, path)?.ToString() == Redacted)
            {
                Set(submitted, path, Get(currentDocument, path)?.DeepClone());
            }
        }

        if (Get(submitted, ["api", "auth", "users"]) is JsonArray users)
        {
            foreach (var user in users.OfType<JsonObject>().Where(u => u["password"]?.ToString() == Redacted))
            {
                var name = user["name"]?.ToString();
                user["password"] = current.Api.Auth.Users.FirstOrDefault(u => u.Name == name)?.Password ?? "";
            }
        }
    }

    private static JsonNode? Get(JsonObject root, string[] path)
    {
        JsonNode? node = root;
        foreach (var segment in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(segment, out var child) ? child : null;
        }

        return node;
    }

    private static void Set(JsonObject root, string[] path, JsonNode? value)
    {
        var parent = root;
        foreach (var segment in path[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                if (value is null)
                {
                    return;
                }

                child = [];
                parent[segment] = child;
            }

            parent = child;
        }

        if (value is null)
        {
            parent.Remove(path[^1]);
        }
        else
        {
            parent[path[^1]] = value;
        }
    }
}
