
namespace CoreApi.Metadata;

/// <summary>Durable storage of global metadata.</summary>
public interface IMetadataStore
{
    IReadOnlyList<KeyValuePair<string, MetadataValue>> GetAll();

    MetadataValue? Get(MetadataKey key);

    void Set(MetadataKey key, MetadataValue value);

    void Delete(MetadataKey key);
}
