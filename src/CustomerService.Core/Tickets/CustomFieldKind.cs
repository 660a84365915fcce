namespace CustomerService.Core.Tickets;

/// <summary>The kind of value a custom field holds.</summary>
public enum CustomFieldKind
{
    /// <summary>Text (a string).</summary>
    Text = 0,

    /// <summary>A number (a <see cref="decimal"/>).</summary>
    Number = 1,

    /// <summary>A yes/no value.</summary>
    Boolean = 2,

    /// <summary>A calendar date (a NodaTime <c>LocalDate</c>).</summary>
    Date = 3,
}
