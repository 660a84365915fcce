using System;

namespace CustomerService.Cli.CommandLine;

/// <summary>A mistake on the command line; the message says what to write instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
