namespace CoreApi.Tests.Support;

/// <summary>Fresh directories under the system temp folder, one per test (removed by the OS, not by the test, so a failure can be inspected).</summary>
public static class TempDirectory
{
    public static string Create() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "core-api-tests", Guid.NewGuid().ToString("N"))).FullName;
}
