using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>Walks every instance field reachable from an object, to find what it really retains.</summary>
internal static class ObjectGraph
{
    public static IReadOnlyList<string> Strings(object root) => [.. Objects(root).OfType<string>()];

    /// <summary>Every object reachable from <paramref name="root"/> through instance fields and enumerations, <paramref name="root"/> included, each once (value types as met).</summary>
    public static IReadOnlyList<object> Objects(object root)
    {
        var objects = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var type = current.GetType();
            if (current is string)
            {
                objects.Add(current);
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || current is Type or Delegate || (!type.IsValueType && !seen.Add(current)))
            {
                continue;
            }

            objects.Add(current);
            if (current is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        pending.Push(item);
                    }
                }
            }

            if (type.IsArray)
            {
                continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(current) is { } value)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return objects;
    }
}
