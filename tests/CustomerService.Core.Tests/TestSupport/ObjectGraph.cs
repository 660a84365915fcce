using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>Walks every instance field reachable from an object, to find what it really retains.</summary>
internal static class ObjectGraph
{
    public static IReadOnlyList<string> Strings(object root)
    {
        var strings = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var type = current.GetType();
            if (current is string text)
            {
                strings.Add(text);
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || current is Type or Delegate || (!type.IsValueType && !seen.Add(current)))
            {
                continue;
            }

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

        return strings;
    }
}
