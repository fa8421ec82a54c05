using System.Text;
using CoreApi.Hosting;
using CoreApi.Metadata;
using Microsoft.Extensions.Options;
using Moq;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class MetadataUnitTests
{
    [TestMethod]
    [DataRow("restreamer-ui")]
    [DataRow("a")]
    [DataRow("ns:key_1.2")]
    public void ValidKeysAreAccepted(string key) => Assert.IsTrue(MetadataKey.TryCreate(key, out _));

    [TestMethod]
    [DataRow("")]
    [DataRow(".dot")]
    [DataRow("a b")]
    [DataRow("a/b")]
    [DataRow("ä")]
    [DataRow("key\n")]
    public void InvalidKeysAreRefused(string key) => Assert.IsFalse(MetadataKey.TryCreate(key, out _));

    [TestMethod]
    public void ValuesAreStoredCompact()
    {
        var value = MetadataValue.Parse(Encoding.UTF8.GetBytes(" { \"a\" : [ 1 , 2 ] } "), out var error);

        Assert.IsNull(error);
        Assert.AreEqual("{\"a\":[1,2]}", value!.Json);
    }

    [TestMethod]
    public void InvalidJsonIsRefusedWithTheParsersReason()
    {
        Assert.IsNull(MetadataValue.Parse(Encoding.UTF8.GetBytes("{"), out var error));
        Assert.IsFalse(string.IsNullOrEmpty(error));
    }

    [TestMethod]
    public void PuttingNullDeletesAndPuttingAValueStores()
    {
        var store = new Mock<IMetadataStore>();
        var service = new MetadataService(store.Object, Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));

        service.Put("k", Encoding.UTF8.GetBytes("null"));
        service.Put("k", Encoding.UTF8.GetBytes("1"));

        store.Verify(s => s.Delete(It.Is<MetadataKey>(k => k.Value == "k")), Times.Once);
        store.Verify(s => s.Set(It.Is<MetadataKey>(k => k.Value == "k"), It.Is<MetadataValue>(v => v.Json == "1")), Times.Once);
    }

    [TestMethod]
    public void NothingIsStoredForAnInvalidKeyOrValue()
    {
        var store = new Mock<IMetadataStore>(MockBehavior.Strict);
        var service = new MetadataService(store.Object, Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));

        Assert.AreEqual(MetadataFailure.InvalidKey, service.Put(".bad", Encoding.UTF8.GetBytes("1")).Failure);
        Assert.AreEqual(MetadataFailure.InvalidJson, service.Put("good", Encoding.UTF8.GetBytes("{")).Failure);
    }

    [TestMethod]
    public void AllMetadataIsWrittenOncePerSnapshotOfTheStore()
    {
        KeyValuePair<string, MetadataValue>[] snapshot = [new("a", MetadataValue.Parse("1"u8.ToArray(), out _)!)];
        var store = new Mock<IMetadataStore>();
        store.Setup(s => s.GetAll()).Returns(() => snapshot);
        var service = new MetadataService(store.Object, Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));

        var first = service.GetAllAsJson();
        Assert.AreEqual("{\"a\":1}", Encoding.UTF8.GetString(first.Span));
        Assert.IsTrue(first.Equals(service.GetAllAsJson()), "the same snapshot is answered with the same bytes");

        snapshot = [.. snapshot, new("b", MetadataValue.Parse("[true]"u8.ToArray(), out _)!)];
        Assert.AreEqual("{\"a\":1,\"b\":[true]}", Encoding.UTF8.GetString(service.GetAllAsJson().Span));
    }

    [TestMethod]
    public void NoMetadataIsAnEmptyObject()
    {
        var store = Mock.Of<IMetadataStore>(s => s.GetAll() == Array.Empty<KeyValuePair<string, MetadataValue>>());
        var service = new MetadataService(store, Mock.Of<IOptionsMonitor<CoreOptions>>(m => m.CurrentValue == new CoreOptions()));

        Assert.AreEqual("{}", Encoding.UTF8.GetString(service.GetAllAsJson().Span));
    }
}
