namespace CustomerService.Core.Customers;

/// <summary>How free text may be laid out.</summary>
internal enum FreeTextLayout
{
    /// <summary>No white space at all (a handle).</summary>
    Word,

    /// <summary>One line: spaces allowed, no line breaks, tabs or other control characters (a name).</summary>
    Line,

    /// <summary>Paragraphs: line breaks and tabs allowed, no other control characters (a survey comment).</summary>
    Paragraphs,
}
