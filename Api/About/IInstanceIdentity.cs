namespace CoreApi.About;

/// <summary>The instance's stable identity, the same across restarts.</summary>
public interface IInstanceIdentity
{
    string Id { get; }

    string Name { get; }
}
