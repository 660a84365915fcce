namespace CustomerService.Core.Surveys;

/// <summary>
/// The band a score falls in on its <see cref="SurveyScale"/>: for CSAT dissatisfied, neutral or
/// satisfied; for NPS detractor, passive or promoter; for CES difficult, neutral or easy.
/// </summary>
/// <remarks>
/// The bands of every scale are in the table of docs/surveys.md and in <see cref="SurveyScale"/>'s
/// members. A good/bad CSAT scale has no neutral band. The values start at 1 so that an unset
/// <c>default(SurveySentiment)</c> (0) is never mistaken for a band.
/// </remarks>
public enum SurveySentiment
{
    /// <summary>CSAT: a score in the bottom band (on 1-5: 1 or 2).</summary>
    Dissatisfied = 1,

    /// <summary>CSAT or CES: a score between the bottom and top bands (on CSAT 1-5: 3; on CES 1-7: 4).</summary>
    Neutral = 2,

    /// <summary>CSAT: a score in the top band (on 1-5: 4 or 5); the responses the CSAT score counts.</summary>
    Satisfied = 3,

    /// <summary>NPS: 0 to 6.</summary>
    Detractor = 4,

    /// <summary>NPS: 7 or 8.</summary>
    Passive = 5,

    /// <summary>NPS: 9 or 10.</summary>
    Promoter = 6,

    /// <summary>CES: 1 to 3 (the customer disagrees that it was easy).</summary>
    Difficult = 7,

    /// <summary>CES: 5 to 7 (the customer agrees that it was easy).</summary>
    Easy = 8,
}
