namespace CustomerService.Core.Kpis;

/// <summary>The length of the periods a KPI report groups by, in the options' time zone.</summary>
public enum KpiPeriod
{
    /// <summary>A calendar day, from local midnight to local midnight.</summary>
    Day = 0,

    /// <summary>An ISO week, from Monday to Sunday.</summary>
    IsoWeek = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,
}
