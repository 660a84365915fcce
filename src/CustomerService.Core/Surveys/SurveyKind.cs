namespace CustomerService.Core.Surveys;

/// <summary>What a satisfaction survey measures. See docs/surveys.md for the scales and bands of each.</summary>
/// <remarks>The values start at 1 so that an unset <c>default(SurveyKind)</c> (0) is rejected.</remarks>
public enum SurveyKind
{
    /// <summary>
    /// Customer satisfaction: "how satisfied were you with the help you got?", on 1-5 by default (also
    /// 1-3, 1-7 or good/bad). The CSAT score is satisfied responses / rated responses x 100.
    /// </summary>
    Csat = 1,

    /// <summary>
    /// Net Promoter Score: "how likely are you to recommend us?", on 0-10. The score is % promoters
    /// minus % detractors, in [-100, 100].
    /// </summary>
    Nps = 2,

    /// <summary>
    /// Customer effort: agreement with "the company made it easy to handle my issue", on 1-7. Reported
    /// as the mean score and the share of easy responses.
    /// </summary>
    Ces = 3,
}
