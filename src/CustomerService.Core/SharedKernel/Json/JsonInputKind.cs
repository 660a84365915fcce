namespace CustomerService.Core.SharedKernel.Json;

/// <summary>The kind of a JSON value in a <see cref="JsonInputNode"/>.</summary>
internal enum JsonInputKind
{
    /// <summary>An object: its properties are the node's children, in document order.</summary>
    Object,

    /// <summary>An array: its items are the node's children.</summary>
    Array,

    /// <summary>A string: the unescaped text is in <see cref="JsonInputNode.Text"/>.</summary>
    String,

    /// <summary>A number: its literal text is in <see cref="JsonInputNode.Text"/>.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
