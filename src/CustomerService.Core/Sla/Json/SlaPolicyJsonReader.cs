using System;
using System.Collections.Generic;
using System.Linq;
using CustomerService.Core.SharedKernel;
using CustomerService.Core.SharedKernel.Json;
using CustomerService.Core.Tickets;
using NodaTime;

namespace CustomerService.Core.Sla.Json;

/// <summary>
/// Reads a policy set from a <see cref="JsonInput"/> tree. The reader checks how the document is written (names,
/// durations, references to metrics); what the policies mean is checked by <see cref="SlaPolicySet.Validate"/>, the
/// same rules code that builds a set meets, and each of its problems is reported at the JSON value it is about.
/// </summary>
internal sealed class SlaPolicyJsonReader
{
    private readonly JsonInput _input;
    private readonly SlaProblemPlaces _places = new();
    private readonly Dictionary<string, SlaMetric> _metrics = new(StringComparer.Ordinal);
    private readonly List<(InputProblem Problem, string Path)> _metricProblems = [];

    private SlaPolicyJsonReader(JsonInput input)
    {
        _input = input;
    }

    public static ParseResult<SlaPolicySet> Read(JsonInput input, SlaPolicyJsonOptions options)
    {
        var reader = new SlaPolicyJsonReader(input);
        SlaPolicySet? set = input.Root is null ? null : reader.ReadSet(input.Root);
        if (set is not null)
        {
            reader.ReportModelProblems(input.Root!, set.Validate(options.KnownCalendarIds));
        }

        return input.Problems.ToResult(() => set!);
    }

    private SlaPolicySet? ReadSet(JsonInputNode node)
    {
        JsonObjectView? root = _input.Object(node);
        if (root is null)
        {
            return null;
        }

        if (root.Optional("$schema") is { } schema)
        {
            _input.String(schema);
        }

        SlaRetargeting retargeting = Name(root.Optional("retargeting"), SlaJsonNames.Retargeting) ?? SlaRetargeting.RecomputeFromStart;
        string? defaultCalendar = CalendarId(root.Optional("defaultCalendar"));
        Dictionary<GroupId, string> groupCalendars = ReadGroupCalendars(root.Optional("groupCalendars"));
        JsonInputNode? metrics = root.Optional("metrics");
        JsonInputNode? policies = root.Required("policies");
        root.ReportUnknownProperties();

        foreach (JsonInputNode metric in Items(metrics))
        {
            ReadMetric(metric);
        }

        var read = new List<SlaPolicy>();
        foreach (JsonInputNode policy in Items(policies))
        {
            if (ReadPolicy(policy) is { } valid)
            {
                read.Add(valid);
                _places.AddItem(policies!, policy);
            }
        }

        return new SlaPolicySet(read, retargeting, defaultCalendar, groupCalendars);
    }

    private Dictionary<GroupId, string> ReadGroupCalendars(JsonInputNode? node)
    {
        var calendars = new Dictionary<GroupId, string>();
        JsonObjectView? map = node is null ? null : _input.Object(node);
        foreach (JsonInputNode property in map?.Node.Children ?? [])
        {
            string? calendar = CalendarId(property);
            if (!GroupId.TryParse(property.Name, out GroupId group))
            {
                _input.ReportAtName(property, SlaPolicyJsonProblemCodes.InvalidGroup, $"{InputText.Quote(property.Name!)} is not a group id: write the group's GUID, such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301.");
            }
            else if (calendars.ContainsKey(group))
            {
                _input.ReportAtName(property, SlaPolicyJsonProblemCodes.InvalidGroup, "This group already has a calendar (its id is written twice, in other letter cases).");
            }
            else if (calendar is not null)
            {
                calendars[group] = calendar;
                _places.AddKey(node!, group.ToString(), property);
            }
        }

        return calendars;
    }

    private void ReadMetric(JsonInputNode node)
    {
        JsonObjectView? metric = _input.Object(node);
        if (metric is null)
        {
            return;
        }

        JsonInputNode? idNode = metric.Required("id");
        string? id = idNode is null ? null : _input.String(idNode);
        bool repeats = Boolean(metric.Optional("repeats")) ?? false;
        var builder = new SlaMetricBuilder(id ?? string.Empty);
        AddTriggers(metric.Required("start"), builder.StartsWhen);
        AddTriggers(metric.Required("stop"), builder.StopsWhen);
        AddTriggers(metric.Optional("pause"), builder.PausesWhen);
        AddTriggers(metric.Optional("resume"), builder.ResumesWhen);
        AddTriggers(metric.Optional("reset"), builder.ResetsWhen);
        AddTriggers(metric.Optional("cancel"), builder.CancelsWhen);
        metric.ReportUnknownProperties();
        if (repeats)
        {
            builder.Repeating();
        }

        // Checked like the rest of the model, after the reader's own problems are known.
        foreach (InputProblem problem in builder.Validate(node.Path))
        {
            _metricProblems.Add((problem, problem.Path!));
        }

        if (id is null)
        {
            return;
        }

        if (SlaMetric.IdProblem(id) is { } idProblem)
        {
            _input.Report(idNode!, idProblem.Code, idProblem.Message);
            if (idProblem.Code == SlaPolicyProblemCodes.DuplicateMetric)
            {
                return; // A built-in id: targets naming it mean the built-in metric.
            }
        }

        if (!_metrics.TryAdd(id, builder.BuildUnchecked()))
        {
            _input.Report(idNode!, SlaPolicyProblemCodes.DuplicateMetric, $"A metric with the id {InputText.Quote(id)} is already defined above.");
        }
    }

    private void AddTriggers(JsonInputNode? node, Func<SlaTrigger[], SlaMetricBuilder> add)
    {
        SlaTrigger[] triggers = [.. Items(node).Select(ReadTrigger).OfType<SlaTrigger>()];
        if (triggers.Length > 0)
        {
            add(triggers);
        }
    }

    private SlaTrigger? ReadTrigger(JsonInputNode node)
    {
        JsonObjectView? trigger = _input.Object(node);
        if (trigger is null)
        {
            return null;
        }

        int before = _input.Problems.Count;
        SlaTriggerKind? kind = Name(trigger.Required("on"), SlaJsonNames.Trigger);
        bool any = kind is null; // an unknown event: accept every property rather than report them all
        bool message = any || kind == SlaTriggerKind.MessageAdded;
        bool status = any || kind is SlaTriggerKind.StatusEntered or SlaTriggerKind.StatusLeft;
        AuthorKind? author = message ? Name(trigger.Optional("author"), SlaJsonNames.Author) : null;
        bool? isPublic = message ? Boolean(trigger.Optional("public")) : null;
        JsonInputNode? statusesNode = status ? (any ? trigger.Optional("statuses") : trigger.Required("statuses")) : null;
        TicketStatus[] statuses = [.. Items(statusesNode).Select(s => Name(s, SlaJsonNames.Status)).OfType<TicketStatus>()];
        JsonInputNode? fieldNode = any || kind == SlaTriggerKind.CustomFieldChanged ? trigger.Optional("field") : null;
        string? field = fieldNode is null ? null : _input.String(fieldNode);
        AuthorKind? openedBy = Name(trigger.Optional("openedBy"), SlaJsonNames.Author);
        bool afterFirstReply = Boolean(trigger.Optional("afterFirstReply")) ?? false;
        trigger.ReportUnknownProperties();

        if (statusesNode is { Kind: JsonInputKind.Array, Children.Count: 0 })
        {
            _input.Report(statusesNode, SlaPolicyJsonProblemCodes.InvalidTrigger, "A status trigger needs at least one status.");
        }

        if (field is not null && string.IsNullOrWhiteSpace(field))
        {
            _input.Report(fieldNode!, SlaPolicyJsonProblemCodes.InvalidTrigger, "The field key must not be empty; leave 'field' out to react to any custom field.");
        }

        if (_input.Problems.Count > before || kind is not SlaTriggerKind on)
        {
            return null;
        }

        SlaTrigger made = on switch
        {
            SlaTriggerKind.MessageAdded => SlaTrigger.MessageAdded(author, isPublic),
            SlaTriggerKind.StatusEntered => SlaTrigger.StatusEntered(statuses),
            SlaTriggerKind.StatusLeft => SlaTrigger.StatusLeft(statuses),
            SlaTriggerKind.CustomFieldChanged => SlaTrigger.CustomFieldChanged(field),
            SlaTriggerKind.TicketOpened => SlaTrigger.TicketOpened(),
            SlaTriggerKind.FirstPublicMessage => SlaTrigger.FirstPublicMessage(),
            SlaTriggerKind.Reopened => SlaTrigger.Reopened(),
            SlaTriggerKind.PolicyPauseEntered => SlaTrigger.PolicyPauseEntered(),
            SlaTriggerKind.PolicyPauseLeft => SlaTrigger.PolicyPauseLeft(),
            SlaTriggerKind.PriorityChanged => SlaTrigger.PriorityChanged(),
            SlaTriggerKind.GroupAssigned => SlaTrigger.GroupAssigned(),
            _ => SlaTrigger.MergedIntoAnother(),
        };
        made = openedBy is AuthorKind by ? made.OnTicketsOpenedBy(by) : made;
        return afterFirstReply ? made.OnlyAfterFirstReply() : made;
    }

    private SlaPolicy? ReadPolicy(JsonInputNode node)
    {
        JsonObjectView? policy = _input.Object(node);
        if (policy is null)
        {
            return null;
        }

        JsonInputNode? idNode = policy.Required("id");
        string id = (idNode is null ? null : _input.String(idNode)) ?? string.Empty;
        JsonInputNode? versionNode = policy.Required("version");
        int version = (versionNode is null ? null : _input.Integer(versionNode)) ?? 1;
        SlaPolicyKind kind = Name(policy.Optional("kind"), SlaJsonNames.Kind) ?? SlaPolicyKind.Sla;
        PolicyMatch match = Name(policy.Optional("match"), SlaJsonNames.Match) ?? PolicyMatch.All;
        JsonInputNode? conditionsNode = policy.Optional("conditions");
        string? calendar = CalendarId(policy.Optional("calendar"));
        JsonInputNode? pauseNode = policy.Optional("pauseStatuses");
        JsonInputNode? targetsNode = policy.Required("targets");
        policy.ReportUnknownProperties();

        var conditions = new List<PolicyCondition>();
        foreach (JsonInputNode condition in Items(conditionsNode))
        {
            if (ReadCondition(condition) is { } read)
            {
                conditions.Add(read);
                _places.AddItem(conditionsNode!, condition);
            }
        }

        TicketStatus[] pauseStatuses = pauseNode is null
            ? [TicketStatus.Pending]
            : [.. Items(pauseNode).Select(s => Name(s, SlaJsonNames.Status)).OfType<TicketStatus>()];

        var targets = new List<SlaTarget>();
        foreach (JsonInputNode target in Items(targetsNode))
        {
            if (ReadTarget(target) is { } read)
            {
                targets.Add(read);
                _places.AddItem(targetsNode!, target);
            }
        }

        return new SlaPolicy(id, version, kind, match, conditions, targets, calendar, pauseStatuses);
    }

    private PolicyCondition? ReadCondition(JsonInputNode node)
    {
        JsonObjectView? condition = _input.Object(node);
        if (condition is null)
        {
            return null;
        }

        int before = _input.Problems.Count;
        JsonInputNode? fieldNode = condition.Required("field");
        string? fieldName = fieldNode is null ? null : _input.String(fieldNode);
        PolicyField? field = null;
        if (fieldName is not null && SlaJsonNames.Field.TryParse(fieldName, out PolicyField known))
        {
            field = known;
        }
        else if (fieldName is not null)
        {
            _input.Report(fieldNode!, SlaPolicyJsonProblemCodes.UnknownField, $"{InputText.Quote(fieldName)} is not a ticket attribute a condition can test: use {SlaJsonNames.Field.Choices}.");
        }

        JsonInputNode? keyNode = condition.Optional("key");
        JsonInputNode? inNode = condition.Optional("in");
        JsonInputNode? notInNode = condition.Optional("notIn");
        condition.ReportUnknownProperties();

        string? key = keyNode is null ? null : _input.String(keyNode);
        if (field == PolicyField.CustomField && keyNode is null)
        {
            _input.ReportMissing(node, "key", SlaPolicyJsonProblemCodes.InvalidCondition, "A custom-field condition needs the field's key.");
        }
        else if (field is not null and not PolicyField.CustomField && keyNode is not null)
        {
            _input.Report(keyNode, SlaPolicyJsonProblemCodes.InvalidCondition, "Only a custom-field condition has a key.");
        }
        else if (key is not null && string.IsNullOrWhiteSpace(key))
        {
            _input.Report(keyNode!, SlaPolicyJsonProblemCodes.InvalidCondition, "The key must not be empty.");
        }

        if (inNode is not null && notInNode is not null)
        {
            _input.ReportAtName(notInNode, SlaPolicyJsonProblemCodes.InvalidCondition, "A condition has either 'in' or 'notIn', not both.");
        }
        else if (inNode is null && notInNode is null)
        {
            _input.Report(node, SlaPolicyJsonProblemCodes.InvalidCondition, "A condition needs 'in' (one of these values) or 'notIn' (none of them).");
        }

        var values = new List<string>();
        foreach (JsonInputNode value in Items(inNode ?? notInNode))
        {
            string? text = _input.String(value);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                _input.Report(value, SlaPolicyProblemCodes.ConditionNeverMatches, "An empty value can never match.");
            }
            else if (text is not null)
            {
                values.Add(text);
            }
        }

        if (_input.Problems.Count > before || field is not PolicyField tested)
        {
            return null;
        }

        PolicyCondition read = tested == PolicyField.CustomField ? PolicyCondition.CustomFieldIn(key!, [.. values]) : PolicyCondition.In(tested, values);
        return inNode is null ? read.Negate() : read;
    }

    private SlaTarget? ReadTarget(JsonInputNode node)
    {
        JsonObjectView? target = _input.Object(node);
        if (target is null)
        {
            return null;
        }

        SlaMetric? metric = Metric(target.Required("metric"));
        Priority? priority = Name(target.Required("priority"), SlaJsonNames.Priority);
        Duration? duration = ReadDuration(target.Required("duration"));
        SlaHoursMode hours = Name(target.Optional("hours"), SlaJsonNames.Hours) ?? SlaHoursMode.Business;
        string? calendar = CalendarId(target.Optional("calendar"));
        JsonInputNode? warningsNode = target.Optional("warnings");
        target.ReportUnknownProperties();

        var warnings = new List<SlaWarningThreshold>();
        foreach (JsonInputNode warning in Items(warningsNode))
        {
            if (ReadWarning(warning) is { } read)
            {
                warnings.Add(read);
                _places.AddItem(warningsNode!, warning);
            }
        }

        return metric is null || priority is not Priority p || duration is not Duration d
            ? null
            : new SlaTarget(metric, p, d, hours, calendar, warnings);
    }

    private SlaWarningThreshold? ReadWarning(JsonInputNode node)
    {
        JsonObjectView? warning = _input.Object(node);
        if (warning is null)
        {
            return null;
        }

        JsonInputNode? percentNode = warning.Optional("percent");
        JsonInputNode? beforeNode = warning.Optional("before");
        warning.ReportUnknownProperties();
        if (percentNode is not null && beforeNode is not null)
        {
            _input.ReportAtName(beforeNode, SlaPolicyJsonProblemCodes.InvalidWarning, "A warning is either a percentage of the target or a lead time 'before' the breach, not both.");
            return null;
        }

        if (percentNode is not null)
        {
            return _input.Number(percentNode) is double percent ? SlaWarningThreshold.PercentOfTarget(percent) : null;
        }

        if (beforeNode is not null)
        {
            return ReadDuration(beforeNode) is Duration lead ? SlaWarningThreshold.BeforeBreach(lead) : null;
        }

        _input.Report(node, SlaPolicyJsonProblemCodes.InvalidWarning, "A warning needs 'percent' (of the target, such as 75) or 'before' (a lead time before the breach, such as \"30m\").");
        return null;
    }

    private SlaMetric? Metric(JsonInputNode? node)
    {
        string? id = node is null ? null : _input.String(node);
        if (id is null)
        {
            return null;
        }

        SlaMetric? metric = SlaMetric.FindBuiltIn(id) ?? _metrics.GetValueOrDefault(id);
        if (metric is null)
        {
            _input.Report(node!, SlaPolicyProblemCodes.UnknownMetric, $"{InputText.Quote(id)} is neither a built-in metric ({string.Join(", ", SlaMetric.BuiltIn.Select(m => m.Id))}) nor defined under 'metrics'.");
        }

        return metric;
    }

    private Duration? ReadDuration(JsonInputNode? node)
    {
        string? text = node is null ? null : _input.String(node);
        if (text is null)
        {
            return null;
        }

        if (SlaJsonDuration.TryParse(text, out Duration duration))
        {
            return duration;
        }

        _input.Report(node!, SlaPolicyJsonProblemCodes.InvalidDuration, $"{InputText.Quote(text)} is not a duration: write hours, minutes and seconds such as \"4h\", \"1h30m\", \"45m\" or \"PT1H30M\", up to 100000h (no days: write \"24h\").");
        return null;
    }

    private string? CalendarId(JsonInputNode? node)
    {
        string? id = node is null ? null : _input.String(node);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            _input.Report(node!, SlaPolicyProblemCodes.UnknownCalendar, "A calendar id is never empty; leave the property out to use the next calendar in the chain.");
            return null;
        }

        return id;
    }

    private T? Name<T>(JsonInputNode? node, SlaJsonName<T> names)
        where T : struct, Enum
    {
        string? text = node is null ? null : _input.String(node);
        if (text is null)
        {
            return null;
        }

        if (names.TryParse(text, out T value))
        {
            return value;
        }

        _input.Report(node!, SlaPolicyJsonProblemCodes.UnknownName, $"{InputText.Quote(text)} is not a {names.Noun}: use {names.Choices}.");
        return null;
    }

    private bool? Boolean(JsonInputNode? node) => node is null ? null : _input.Boolean(node);

    private IReadOnlyList<JsonInputNode> Items(JsonInputNode? node) => node is null ? [] : _input.Array(node);

    // A model problem about a value the reader already found wrong (or left out, or inside it) only repeats that problem.
    private void ReportModelProblems(JsonInputNode root, IEnumerable<InputProblem> modelProblems)
    {
        string[] readerPaths = [.. _input.Problems.Listed.Select(p => p.Path).OfType<string>()];
        bool Repeats(string path) => readerPaths.Any(p => p.StartsWith(path, StringComparison.Ordinal) && (p.Length == path.Length || p[path.Length] is '.' or '['));

        foreach ((InputProblem problem, string path) in _metricProblems.Concat(modelProblems.Select(p => (p, p.Path!))))
        {
            (JsonInputNode node, string at) = _places.Locate(root, path);
            if (!Repeats(at))
            {
                _input.Report(node.Offset, () => at, problem.Code, problem.Message);
            }
        }
    }
}
