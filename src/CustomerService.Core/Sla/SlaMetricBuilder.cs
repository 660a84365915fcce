using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Sla;

/// <summary>Collects a custom metric's triggers; start one with <see cref="SlaMetric.Define"/>.</summary>
public sealed class SlaMetricBuilder
{
    private readonly string _id;
    private readonly List<SlaTrigger> _start = [];
    private readonly List<SlaTrigger> _stop = [];
    private readonly List<SlaTrigger> _pause = [];
    private readonly List<SlaTrigger> _resume = [];
    private readonly List<SlaTrigger> _reset = [];
    private readonly List<SlaTrigger> _cancel = [];
    private bool _repeats;

    internal SlaMetricBuilder(string id) => _id = id;

    /// <summary>Adds triggers that start the clock.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder StartsWhen(params SlaTrigger[] triggers) => Add(_start, triggers);

    /// <summary>Adds triggers that stop the clock.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder StopsWhen(params SlaTrigger[] triggers) => Add(_stop, triggers);

    /// <summary>Adds triggers that pause the clock.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder PausesWhen(params SlaTrigger[] triggers) => Add(_pause, triggers);

    /// <summary>Adds triggers that resume a paused clock.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder ResumesWhen(params SlaTrigger[] triggers) => Add(_resume, triggers);

    /// <summary>Adds triggers that restart the current cycle from zero.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder ResetsWhen(params SlaTrigger[] triggers) => Add(_reset, triggers);

    /// <summary>Adds triggers after which the cycle no longer applies.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder CancelsWhen(params SlaTrigger[] triggers) => Add(_cancel, triggers);

    /// <summary>Makes each start after a stop open a new cycle (as NextReply does).</summary>
    /// <returns>This builder.</returns>
    public SlaMetricBuilder Repeating()
    {
        _repeats = true;
        return this;
    }

    /// <summary>Builds the metric.</summary>
    /// <returns>The metric.</returns>
    /// <exception cref="InvalidOperationException">No start or no stop trigger was given, or resume triggers without pause triggers.</exception>
    public SlaMetric Build() =>
        Validate("$").FirstOrDefault() is { } problem
            ? throw new InvalidOperationException(problem.Message)
            : BuildUnchecked();

    /// <summary>Every problem of the definition, with paths relative to <paramref name="path"/> (<c>$.metrics[0].start</c>).</summary>
    internal IEnumerable<InputProblem> Validate(string path)
    {
        if (_start.Count == 0 || _stop.Count == 0)
        {
            yield return new(SlaPolicyProblemCodes.InvalidMetric, "A metric needs at least one start and one stop trigger.", $"{path}.{(_start.Count == 0 ? "start" : "stop")}");
        }

        if (_pause.Count == 0 != (_resume.Count == 0))
        {
            yield return new(SlaPolicyProblemCodes.InvalidMetric, "A metric that pauses needs resume triggers, and only one that pauses has them.", $"{path}.{(_pause.Count == 0 ? "resume" : "pause")}");
        }
    }

    /// <summary>Builds the metric without checking it: for readers that report <see cref="Validate"/>'s problems themselves.</summary>
    internal SlaMetric BuildUnchecked() => new(_id, _repeats, _start, _stop, _pause, _resume, _reset, _cancel);

    /// <summary>Builds one of <see cref="SlaMetric.BuiltIn"/>: the built-in metrics are written with this same builder.</summary>
    internal SlaMetric BuildBuiltIn() => new(_id, _repeats, _start, _stop, _pause, _resume, _reset, _cancel, isBuiltIn: true);

    private SlaMetricBuilder Add(List<SlaTrigger> list, SlaTrigger[] triggers)
    {
        Guard.Against.NullOrEmpty(triggers);
        foreach (var trigger in triggers)
        {
            list.Add(Guard.Against.Null(trigger, nameof(triggers)));
        }

        return this;
    }
}
