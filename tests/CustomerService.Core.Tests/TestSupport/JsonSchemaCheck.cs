using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CustomerService.Core.Tests.TestSupport;

/// <summary>
/// A small structural check of a JSON document against a JSON Schema (draft 2020-12): the keywords our schemas use
/// (type, enum, const, properties, required, additionalProperties, propertyNames, items, minItems, minLength, pattern,
/// minimum, exclusiveMinimum/Maximum, allOf, anyOf, oneOf, not, if/then/else, local $ref). Enough to keep the
/// published schemas honest without a schema package; not a full validator.
/// </summary>
internal sealed class JsonSchemaCheck
{
    private readonly JsonElement _root;

    public JsonSchemaCheck(JsonElement schema) => _root = schema;

    /// <summary>Returns where and why <paramref name="instance"/> does not satisfy the schema; empty if it does.</summary>
    public List<string> Errors(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            JsonElement k = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(k.GetString()!), value, path, errors);
                    break;
                case "type":
                    if (!HasType(value, k.GetString()!))
                    {
                        errors.Add($"{path}: expected {k.GetString()}, found {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!k.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {k.GetRawText()}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(k, value))
                    {
                        errors.Add($"{path}: expected {k.GetRawText()}");
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (string name in k.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                    {
                        errors.Add($"{path}: missing {name}");
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        if (k.TryGetProperty(property.Name, out JsonElement sub))
                        {
                            Check(sub, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        bool declared = schema.TryGetProperty("properties", out JsonElement declaredProperties) && declaredProperties.TryGetProperty(property.Name, out _);
                        if (!declared)
                        {
                            Check(k, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "propertyNames" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        using var name = JsonDocument.Parse(JsonSerializer.Serialize(property.Name));
                        Check(k, name.RootElement, $"{path}.{property.Name} (name)", errors);
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(k, item, $"{path}[{index++}]", errors);
                    }

                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < k.GetInt32():
                    errors.Add($"{path}: fewer than {k.GetInt32()} items");
                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String && value.GetString()!.Length < k.GetInt32():
                    errors.Add($"{path}: shorter than {k.GetInt32()}");
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, k.GetString()!):
                    errors.Add($"{path}: {value.GetString()} does not match {k.GetString()}");
                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() < k.GetDouble():
                case "exclusiveMinimum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() <= k.GetDouble():
                case "exclusiveMaximum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() >= k.GetDouble():
                    errors.Add($"{path}: {value.GetRawText()} is outside {keyword.Name} {k.GetRawText()}");
                    break;
                case "allOf":
                    foreach (JsonElement sub in k.EnumerateArray())
                    {
                        Check(sub, value, path, errors);
                    }

                    break;
                case "anyOf" when !k.EnumerateArray().Any(sub => Passes(sub, value)):
                    errors.Add($"{path}: matches none of anyOf");
                    break;
                case "oneOf" when k.EnumerateArray().Count(sub => Passes(sub, value)) != 1:
                    errors.Add($"{path}: does not match exactly one of oneOf");
                    break;
                case "not" when Passes(k, value):
                    errors.Add($"{path}: matches what 'not' forbids");
                    break;
                case "if":
                    string branch = Passes(k, value) ? "then" : "else";
                    if (schema.TryGetProperty(branch, out JsonElement chosen))
                    {
                        Check(chosen, value, path, errors);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are checked: {reference}");
        }

        JsonElement at = _root;
        foreach (string segment in reference[2..].Split('/'))
        {
            at = at.GetProperty(segment);
        }

        return at;
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type {type}"),
    };
}
