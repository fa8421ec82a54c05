namespace CoreApi.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding Api.sln, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Api.sln not found above " + AppContext.BaseDirectory);
    }
}
