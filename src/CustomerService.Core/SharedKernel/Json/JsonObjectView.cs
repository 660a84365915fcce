using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// Reads the properties of one JSON object by name. Every name asked for is known to the format;
/// <see cref="ReportUnknownProperties"/> then reports the others, suggesting the nearest known name
/// for a likely misspelling.
/// </summary>
internal sealed class JsonObjectView
{
    private readonly JsonInput _input;
    private readonly List<string> _known = [];

    public JsonObjectView(JsonInput input, JsonInputNode node)
    {
        _input = input;
        Node = node;
    }

    /// <summary>Gets the object.</summary>
    public JsonInputNode Node { get; }

    /// <summary>Gets the property, or <see langword="null"/> if absent.</summary>
    public JsonInputNode? Optional(string name)
    {
        _known.Add(name);
        return Find(name);
    }

    /// <summary>Gets the property, or reports it missing and returns <see langword="null"/>.</summary>
    public JsonInputNode? Required(string name)
    {
        JsonInputNode? property = Optional(name);
        if (property is null)
        {
            _input.ReportMissing(Node, name, JsonProblemCodes.MissingProperty, $"The property '{name}' is required.");
        }

        return property;
    }

    /// <summary>Reports every property not asked for by <see cref="Optional"/> or <see cref="Required"/>.</summary>
    public void ReportUnknownProperties()
    {
        foreach (JsonInputNode property in Node.Children)
        {
            if (!_known.Contains(property.Name!, StringComparer.Ordinal))
            {
                string? nearest = Nearest(property.Name!);
                _input.ReportAtName(property, JsonProblemCodes.UnknownProperty, nearest is null
                    ? $"The property {InputText.Quote(property.Name!)} is not known here; the known ones are: {string.Join(", ", _known)}."
                    : $"The property {InputText.Quote(property.Name!)} is not known here; did you mean '{nearest}'?");
            }
        }
    }

    private JsonInputNode? Find(string name)
    {
        foreach (JsonInputNode property in Node.Children)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    // A name that differs only in case, or by at most a third of its letters, is taken as a misspelling.
    private string? Nearest(string name)
    {
        if (name.Length > 64)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string known in _known)
        {
            int distance = string.Equals(known, name, StringComparison.OrdinalIgnoreCase) ? 0 : EditDistance(known, name);
            if (distance < bestDistance && distance <= Math.Max(1, known.Length / 3))
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
