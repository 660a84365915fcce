using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CustomerService.Core.SharedKernel.Json;

/// <summary>
/// A JSON value read from untrusted input, with what a problem report needs: its byte offset in the
/// input and its place in the tree (from which its JSON path is built).
/// </summary>
/// <remarks>
/// The framework's <c>JsonDocument</c> knows neither positions nor duplicate properties; this small
/// tree keeps both, so every problem can say where it is.
/// </remarks>
internal sealed class JsonInputNode
{
    // Objects with many properties index them by name, so that duplicate checks stay linear overall.
    private const int IndexedFrom = 16;

    private List<JsonInputNode>? _children;
    private HashSet<string>? _names;

    public JsonInputNode(JsonInputKind kind, int offset, string text = "")
    {
        Kind = kind;
        Offset = offset;
        Text = text;
    }

    /// <summary>Gets the kind of value.</summary>
    public JsonInputKind Kind { get; }

    /// <summary>Gets the byte offset of the value's first character in the input.</summary>
    public int Offset { get; }

    /// <summary>Gets the unescaped text of a string, the literal of a number, <c>true</c>/<c>false</c>; empty otherwise.</summary>
    public string Text { get; }

    /// <summary>Gets the object or array that holds this value, or <see langword="null"/> for the root.</summary>
    public JsonInputNode? Parent { get; private set; }

    /// <summary>Gets the property name when the parent is an object; otherwise <see langword="null"/>.</summary>
    public string? Name { get; private set; }

    /// <summary>Gets the byte offset of the property name when the parent is an object.</summary>
    public int NameOffset { get; private set; }

    /// <summary>Gets the position in the parent array or object.</summary>
    public int Index { get; private set; }

    /// <summary>Gets the properties (of an object) or items (of an array), in document order.</summary>
    public IReadOnlyList<JsonInputNode> Children => _children ?? (IReadOnlyList<JsonInputNode>)[];

    /// <summary>Gets a human description of the kind, for messages: "an object", "null".</summary>
    public string KindDescription => Kind switch
    {
        JsonInputKind.Object => "an object",
        JsonInputKind.Array => "an array",
        JsonInputKind.String => "a string",
        JsonInputKind.Number => "a number",
        JsonInputKind.Boolean => "a boolean",
        _ => "null",
    };

    /// <summary>Gets the JSON path of this value, such as <c>$.calendars[0].weeklyHours.monday[1].end</c>.</summary>
    public string Path
    {
        get
        {
            var segments = new List<JsonInputNode>();
            for (JsonInputNode? node = this; node?.Parent is not null; node = node.Parent)
            {
                segments.Add(node);
            }

            var path = new StringBuilder("$");
            for (int i = segments.Count - 1; i >= 0; i--)
            {
                AppendSegment(path, segments[i]);
            }

            return path.ToString();
        }
    }

    /// <summary>Adds a property (with its name) or an item to this object or array.</summary>
    public void Add(JsonInputNode child, string? name = null, int nameOffset = 0)
    {
        _children ??= [];
        child.Parent = this;
        child.Name = name;
        child.NameOffset = nameOffset;
        child.Index = _children.Count;
        _children.Add(child);
        if (_names is not null)
        {
            _names.Add(name!);
        }
        else if (name is not null && _children.Count == IndexedFrom)
        {
            _names = new HashSet<string>(_children.Select(c => c.Name!), StringComparer.Ordinal);
        }
    }

    /// <summary>Tells whether this object already has a property named <paramref name="name"/>.</summary>
    public bool HasProperty(string name)
    {
        if (_names is not null)
        {
            return _names.Contains(name);
        }

        foreach (JsonInputNode child in Children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the path of the property <paramref name="name"/> of this object, whether or not it is present.</summary>
    public string PathOf(string name)
    {
        var path = new StringBuilder(Path);
        AppendName(path, name);
        return path.ToString();
    }

    private static void AppendSegment(StringBuilder path, JsonInputNode node)
    {
        if (node.Name is null)
        {
            path.Append('[').Append(node.Index).Append(']');
        }
        else
        {
            AppendName(path, node.Name);
        }
    }

    // Identifier-like names use dot notation; anything else the bracket form, so the path stays unambiguous.
    private static void AppendName(StringBuilder path, string name)
    {
        if (IsIdentifier(name))
        {
            path.Append('.').Append(name);
            return;
        }

        path.Append("['");
        foreach (char c in name)
        {
            if (c is '\'' or '\\')
            {
                path.Append('\\');
            }

            path.Append(c);
        }

        path.Append("']");
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '$')
            {
                return false;
            }
        }

        return true;
    }
}
