using CoreApi.Auth;
using Microsoft.IdentityModel.Tokens;

namespace CoreApi.Tests.Unit;

[TestClass]
public sealed class SigningKeyProvidersTests
{
    private readonly SigningKeyProviders providers = new();

    [TestMethod]
    public void AKeyKeepsOneProviderForSigningAndVerifying()
    {
        var key = new SymmetricSecurityKey(new byte[32]);

        var signing = providers.CreateForSigning(key, SecurityAlgorithms.HmacSha256);
        providers.ReleaseSignatureProvider(signing);

        Assert.AreSame(signing, providers.CreateForSigning(key, SecurityAlgorithms.HmacSha256));
        Assert.AreSame(signing, providers.CreateForVerifying(key, SecurityAlgorithms.HmacSha256));
        Assert.IsTrue(signing.WillCreateSignatures);
    }

    [TestMethod]
    public void EachKeyHasItsOwnProvider()
    {
        var first = providers.CreateForSigning(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256);
        var second = providers.CreateForSigning(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256);

        Assert.AreNotSame(first, second, "a key object per settings version: a new password never reuses an old provider");
    }

    [TestMethod]
    public void ItsSignaturesAreTheDefaultFactorysSignatures()
    {
        var key = new SymmetricSecurityKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var data = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30"u8.ToArray();

        var ours = providers.CreateForSigning(key, SecurityAlgorithms.HmacSha256).Sign(data);
        var stock = CryptoProviderFactory.Default.CreateForSigning(new SymmetricSecurityKey(key.Key), SecurityAlgorithms.HmacSha256).Sign(data);

        CollectionAssert.AreEqual(stock, ours);
        Assert.IsTrue(providers.CreateForVerifying(key, SecurityAlgorithms.HmacSha256).Verify(data, stock));
    }

    [TestMethod]
    public void OtherAlgorithmsGoTheDefaultWay()
    {
        var key = new SymmetricSecurityKey(new byte[64]);

        var hs512 = providers.CreateForSigning(key, SecurityAlgorithms.HmacSha512);

        Assert.AreNotSame(hs512, providers.CreateForSigning(key, SecurityAlgorithms.HmacSha256));
        Assert.AreEqual(SecurityAlgorithms.HmacSha512, hs512.Algorithm);
        providers.ReleaseSignatureProvider(hs512);
    }
}
