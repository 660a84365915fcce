using System;
using System.IO;

namespace CustomerService.Core.Tests.TestSupport;

internal static class RepositoryRoot
{
    /// <summary>The folder that holds CustomerService.Core.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    /// <summary>Reads a file of the repository, such as <c>ReadText("docs", "calendars.md")</c>.</summary>
    public static string ReadText(params string[] parts) => File.ReadAllText(System.IO.Path.Combine([Path, .. parts]));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CustomerService.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CustomerService.Core.sln was not found above " + AppContext.BaseDirectory);
    }
}
