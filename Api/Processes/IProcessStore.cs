namespace CoreApi.Processes;

/// <summary>Where process configs, orders and metadata survive a restart (§9).</summary>
public interface IProcessStore
{
    IReadOnlyList<StoredProcess> LoadAll();

    /// <summary>Writes the process (replacing <paramref name="previousId"/> when it was renamed, its metadata moved along).</summary>
    void Save(ProcessConfig config, long createdAt, long updatedAt, ProcessOrder order, string? previousId = null);

    void SaveOrder(string id, ProcessOrder order);

    void Delete(string id);

    /// <summary>Stores one metadata value (compact JSON); <c>null</c> deletes the key.</summary>
    void SaveMetadata(string id, string key, string? json);
}
