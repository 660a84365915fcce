using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CustomerService.Core.SharedKernel;

namespace CustomerService.Core.Testing.Contracts;

/// <summary>
/// Says how a loaded aggregate differs from the one stored: by field or history event, with values
/// only for value types (ids, instants, statuses, numbers). Strings and objects may hold personal data,
/// so for them the report says only that they differ.
/// </summary>
internal static class Differences
{
    private const int MaxDepth = 2;

    public static IEnumerable<string> OfHistories(IReadOnlyList<IDomainEvent> expected, IReadOnlyList<IDomainEvent> found)
    {
        if (found.Count != expected.Count)
        {
            yield return Invariant($"History: expected {expected.Count} events, found {found.Count}");
        }

        for (var i = 0; i < Math.Max(expected.Count, found.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var f = i < found.Count ? found[i] : null;
            if (Equals(e, f))
            {
                continue;
            }

            // The first differing event says what went wrong; the ones after it are usually shifted.
            if (e is null || f is null || e.GetType() != f.GetType())
            {
                yield return Invariant($"History[{i}]: expected {Describe(e)}, found {Describe(f)}");
            }
            else
            {
                var fields = OfProperties(e, f).ToList();
                yield return Invariant($"History[{i}] ({Describe(e)}): {(fields.Count == 0 ? "differs" : string.Join("; ", fields))}");
            }

            yield break;
        }
    }

    /// <summary>
    /// The public properties of two objects of one type that differ, as <c>Name: expected x, found y</c>,
    /// looking into nested records. Values are shown for the properties <paramref name="shown"/> allows
    /// (by default those of value types); for the others the report says only that they differ.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Only explains a difference already found by Equals: a trimmed property is left out of the explanation, never out of the check.")]
    public static IEnumerable<string> OfProperties(object expected, object found, Func<PropertyInfo, bool>? shown = null, string prefix = "", int depth = 0)
    {
        shown ??= p => p.PropertyType.IsValueType;
        var properties = expected.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0);
        foreach (var property in properties)
        {
            var e = property.GetValue(expected);
            var f = property.GetValue(found);
            if (AreEqual(e, f))
            {
                continue;
            }

            var name = prefix + property.Name;
            if (depth < MaxDepth && e is not null && f is not null && e.GetType() == f.GetType() && !IsLeaf(e))
            {
                var inner = OfProperties(e, f, shown, name + ".", depth + 1).ToList();
                if (inner.Count > 0)
                {
                    foreach (var difference in inner)
                    {
                        yield return difference;
                    }

                    continue;
                }
            }

            yield return shown(property)
                ? Invariant($"{name}: expected {Show(e)}, found {Show(f)}")
                : $"{name}: differs (value not shown: it may be personal data)";
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Describe(IDomainEvent? e) => e is null ? "no event" : Invariant($"{e.GetType().Name} at {e.OccurredAt}");

    private static bool AreEqual(object? a, object? b) =>
        Equals(a, b) || (a is IEnumerable x && b is IEnumerable y && a is not string && x.Cast<object?>().SequenceEqual(y.Cast<object?>()));

    private static bool IsLeaf(object value) => value is string or IEnumerable || value.GetType().IsValueType;

    private static string Show(object? value) => value is null ? "null" : Invariant($"{value}");
}
