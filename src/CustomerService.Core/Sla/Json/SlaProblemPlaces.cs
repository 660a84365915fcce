using System;
using System.Collections.Generic;
using System.Text;
using CustomerService.Core.SharedKernel.Json;

namespace CustomerService.Core.Sla.Json;

/// <summary>
/// Turns the paths of the problems the policy model finds (<c>$.policies[2].targets[1].warnings[0]</c>, counted in the
/// model) into the JSON values they are about. The two differ where the reader left an item out for its own problems
/// (the model's third target may be the document's fourth), and in how a group id is spelled.
/// </summary>
internal sealed class SlaProblemPlaces
{
    private readonly Dictionary<JsonInputNode, List<JsonInputNode>> _items = [];
    private readonly Dictionary<JsonInputNode, Dictionary<string, JsonInputNode>> _keys = [];

    /// <summary>Records that the model's next item of <paramref name="array"/> came from <paramref name="item"/>.</summary>
    public void AddItem(JsonInputNode array, JsonInputNode item)
    {
        if (!_items.TryGetValue(array, out List<JsonInputNode>? items))
        {
            _items[array] = items = [];
        }

        items.Add(item);
    }

    /// <summary>Records that the model calls the property <paramref name="property"/> of <paramref name="map"/> by <paramref name="key"/>.</summary>
    public void AddKey(JsonInputNode map, string key, JsonInputNode property)
    {
        if (!_keys.TryGetValue(map, out Dictionary<string, JsonInputNode>? keys))
        {
            _keys[map] = keys = new(StringComparer.Ordinal);
        }

        keys[key] = property;
    }

    /// <summary>
    /// Gets the value a model path points to and its JSON path; for an absent property, its object and the path the
    /// property would have. A path that cannot be followed ends at the last value reached.
    /// </summary>
    public (JsonInputNode Node, string Path) Locate(JsonInputNode root, string modelPath)
    {
        JsonInputNode node = root;
        int at = 1; // after "$"
        while (at < modelPath.Length)
        {
            JsonInputNode? next;
            if (modelPath[at] == '.')
            {
                int end = modelPath.IndexOfAny(['.', '['], at + 1);
                string name = modelPath[(at + 1)..(end < 0 ? modelPath.Length : end)];
                at = end < 0 ? modelPath.Length : end;
                next = Property(node, name);
                if (next is null)
                {
                    return (node, at == modelPath.Length ? node.PathOf(name) : node.Path);
                }
            }
            else if (modelPath.AsSpan(at).StartsWith("['"))
            {
                (string key, at) = QuotedKey(modelPath, at + 2);
                next = _keys.TryGetValue(node, out var keys) && keys.TryGetValue(key, out var property) ? property : Property(node, key);
            }
            else
            {
                int end = modelPath.IndexOf(']', at);
                int index = int.Parse(modelPath.AsSpan(at + 1, end - at - 1), System.Globalization.CultureInfo.InvariantCulture);
                at = end + 1;
                IReadOnlyList<JsonInputNode> items = _items.TryGetValue(node, out var read) ? read : node.Kind == JsonInputKind.Array ? node.Children : [];
                next = index < items.Count ? items[index] : null;
            }

            if (next is null)
            {
                return (node, node.Path);
            }

            node = next;
        }

        return (node, node.Path);
    }

    private static JsonInputNode? Property(JsonInputNode node, string name)
    {
        if (node.Kind != JsonInputKind.Object)
        {
            return null;
        }

        foreach (JsonInputNode property in node.Children)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private static (string Key, int Next) QuotedKey(string path, int at)
    {
        var key = new StringBuilder();
        while (at < path.Length && path[at] != '\'')
        {
            if (path[at] == '\\' && at + 1 < path.Length)
            {
                at++;
            }

            key.Append(path[at++]);
        }

        return (key.ToString(), at + 2); // past "']"
    }
}
