using System;
using System.IO;

namespace CustomerService.Cli.Tests;

/// <summary>The repository's root folder (the one holding the solution), found from the test's own folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CustomerService.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with CustomerService.Core.sln) is not above the test folder.");
    }
}
