using System.Security.Cryptography;
using CoreApi.Storage;

namespace CoreApi.About;

/// <summary>The instance's stable <c>id</c> and <c>name</c>, generated on the first start and kept in the database.</summary>
public sealed class InstanceIdentity(SqliteSettingStore settings) : IInstanceIdentity
{
    private static readonly string[] Adjectives = ["amber", "brisk", "calm", "deep", "eager", "fair", "gentle", "hidden", "ivory", "jolly", "keen", "lively", "misty", "noble", "quiet", "rapid", "silent", "tidy", "vivid", "wild"];
    private static readonly string[] Nouns = ["brook", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island", "lagoon", "meadow", "orbit", "prairie", "quarry", "ridge", "summit", "tundra", "valley", "willow"];

    private readonly Lazy<(string Id, string Name)> identity = new(() => (
        settings.GetOrCreate("instance.id", () => Guid.NewGuid().ToString("D")),
        settings.GetOrCreate("instance.name", GenerateName)));

    public string Id => identity.Value.Id;

    public string Name => identity.Value.Name;

    private static string GenerateName() =>
        $"{Pick(Adjectives)}-{Pick(Nouns)}-{RandomNumberGenerator.GetInt32(1000, 10000)}";

    private static string Pick(string[] words) => words[RandomNumberGenerator.GetInt32(words.Length)];
}
