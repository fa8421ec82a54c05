using System.Buffers;
using System.Text.Json;
using CoreApi.Hosting;
using Microsoft.Extensions.Options;

namespace CoreApi.Metadata;

/// <summary>Global metadata, as datarhei's <c>/api/v3/metadata</c>: any JSON value under a key; storing <c>null</c> deletes the key.</summary>
public sealed class MetadataService(IMetadataStore store, IOptionsMonitor<CoreOptions> options)
{
    private volatile AllAsJson? all;

    /// <summary>The largest value accepted, in bytes of JSON text (<c>api.metadata.max_value_bytes</c>).</summary>
    public int MaxValueBytes => options.CurrentValue.Api.Metadata.MaxValueBytes;

    /// <summary>
    /// All keys and their values as one JSON object (<c>{}</c> when there are none), in UTF-8. Clients such as the
    /// Restreamer UI read it on every page: it is written once per state of the store (the store hands out the same
    /// snapshot until a write), not once per read.
    /// </summary>
    public ReadOnlyMemory<byte> GetAllAsJson()
    {
        var snapshot = store.GetAll();
        if (all is { } known && ReferenceEquals(known.Snapshot, snapshot))
        {
            return known.Utf8;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in snapshot)
            {
                json.WritePropertyName(key);
                json.WriteRawValue(value.Json, skipInputValidation: true);
            }

            json.WriteEndObject();
        }

        all = new AllAsJson(snapshot, buffer.WrittenMemory);
        return buffer.WrittenMemory;
    }

    public MetadataResult Get(string key)
    {
        if (!MetadataKey.TryCreate(key, out var metadataKey))
        {
            return InvalidKey();
        }

        return store.Get(metadataKey) is { } value
            ? MetadataResult.Found(value)
            : MetadataResult.Failed(MetadataFailure.NotFound, "unknown key");
    }

    public MetadataResult Put(string key, ReadOnlyMemory<byte> body)
    {
        if (!MetadataKey.TryCreate(key, out var metadataKey))
        {
            return InvalidKey();
        }

        if (MetadataValue.Parse(body, out var error) is not { } value)
        {
            return MetadataResult.Failed(MetadataFailure.InvalidJson, error!);
        }

        if (value.IsNull)
        {
            store.Delete(metadataKey);
        }
        else
        {
            store.Set(metadataKey, value);
        }

        return MetadataResult.Found(value);
    }

    private sealed record AllAsJson(IReadOnlyList<KeyValuePair<string, MetadataValue>> Snapshot, ReadOnlyMemory<byte> Utf8);

    private static MetadataResult InvalidKey() => MetadataResult.Failed(MetadataFailure.InvalidKey, MetadataKey.Rule);
}
