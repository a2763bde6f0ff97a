using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// Resolves CloudFormation's intrinsic functions in template values: <c>Ref</c>, <c>Fn::GetAtt</c>,
/// <c>Fn::Sub</c> (both forms), <c>Fn::Join</c>, <c>Fn::Select</c>, <c>Fn::Split</c>, <c>Fn::If</c>
/// with <c>Conditions</c> (<c>Fn::Equals</c>, <c>Fn::And</c>, <c>Fn::Or</c>, <c>Fn::Not</c>,
/// <c>Condition</c>), <c>Fn::FindInMap</c>, <c>Fn::Base64</c>, <c>Fn::ToJsonString</c>,
/// <c>Fn::Length</c>, and <c>AWS::NoValue</c> (the property or item is left out). Resources are
/// looked up among those deployed so far; the deployment order guarantees a resource's
/// references are deployed before it.
/// </summary>
internal sealed class TemplateResolver(Template template, IReadOnlyDictionary<string, JValue> parameters, PseudoParameters pseudo, IReadOnlyDictionary<string, DeployedResource> deployed)
{
    public const int MaxDepth = 64;

    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::If", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not",
        "Fn::FindInMap", "Fn::Base64", "Fn::ToJsonString", "Fn::Length", "Fn::GetAZs", "Fn::ImportValue", "Fn::Cidr", "Fn::Transform", "Condition",
    };

    private readonly Dictionary<string, bool> _conditions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    public PseudoParameters Pseudo => pseudo;

    /// <summary>Whether a one-key object with this key is an intrinsic function (or a condition reference).</summary>
    public static bool IsIntrinsicName(string key) => Functions.Contains(key) || key.StartsWith("Fn::", StringComparison.Ordinal);

    /// <summary>The value with every intrinsic resolved; null when it resolves to <c>AWS::NoValue</c>.</summary>
    /// <param name="where">Where the value is (<c>Resources/Machine/Properties/Definition</c>), for messages.</param>
    /// <exception cref="CliException">An intrinsic is malformed, unsupported or names what does not exist.</exception>
    public JValue? Resolve(JValue value, string where) => Resolve(value, where, 0);

    /// <summary>Resolves to a string (numbers and booleans as their text).</summary>
    public string ResolveString(JValue value, string where) => Resolve(value, where) switch
    {
        JString s => s.Value,
        JValue scalar when scalar is JNumber or JBool => scalar.ToJson(),
        null => throw new CliException($"{where}: AWS::NoValue where a value is needed"),
        var other => throw new CliException($"{where}: expected a string, not {Template.Describe(other)}"),
    };

    /// <summary>The value of a named condition of the template's <c>Conditions</c>.</summary>
    public bool Condition(string name, string where)
    {
        if (_conditions.TryGetValue(name, out var known))
        {
            return known;
        }

        if (template.Conditions[name] is not { } definition)
        {
            throw new CliException($"{where}: Template format error: Unresolved dependencies [{name}]. Cannot reference resources in the Conditions block of the template (no condition named '{name}')");
        }

        if (!_evaluating.Add(name))
        {
            throw new CliException($"{where}: Template error: circular dependency between conditions: {string.Join(", ", _evaluating)}");
        }

        try
        {
            var result = EvaluateCondition(definition, $"Conditions/{name}", 0);
            _conditions[name] = result;
            return result;
        }
        finally
        {
            _evaluating.Remove(name);
        }
    }

    private JValue? Resolve(JValue value, string where, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CliException($"{where}: nested deeper than {MaxDepth} levels");
        }

        switch (value)
        {
            case JObject { Count: 1 } call when IsIntrinsicName(call[0].Key) && call[0].Key != "Condition":
                return Call(call[0].Key, call[0].Value, where, depth);
            case JObject obj:
            {
                var builder = new JObjectBuilder(obj.Count);
                foreach (var (key, member) in obj)
                {
                    if (Resolve(member, $"{where}/{key}", depth + 1) is { } resolved)
                    {
                        builder.Set(key, resolved);
                    }
                }

                return builder.Build();
            }

            case JArray array:
            {
                var items = new List<JValue>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    if (Resolve(array[i], $"{where}/{i}", depth + 1) is { } resolved)
                    {
                        items.Add(resolved);
                    }
                }

                return JArray.Create(items);
            }

            default:
                return value;
        }
    }

    private JValue? Call(string function, JValue argument, string where, int depth)
    {
        var at = $"{where}/{function}";
        switch (function)
        {
            case "Ref":
                return argument is JString name ? Ref(name.Value, at) : throw new CliException($"{at}: Ref takes a name, not {Template.Describe(argument)}");
            case "Fn::GetAtt":
                return GetAtt(argument, at, depth);
            case "Fn::Sub":
                return new JString(Sub(argument, at, depth));
            case "Fn::Join":
            {
                var (delimiter, list) = Pair(argument, at, "[DELIMITER, [VALUES]]");
                var separator = Resolve(delimiter, at, depth + 1) is JString s ? s.Value : throw new CliException($"{at}: the delimiter must be a string");
                var items = ResolveList(list, at, depth);
                return new JString(string.Join(separator, items.Select((item, i) => Scalar(item, $"{at}/{i}"))));
            }

            case "Fn::Select":
            {
                var (index, list) = Pair(argument, at, "[INDEX, [VALUES]]");
                var position = Resolve(index, at, depth + 1) switch
                {
                    JNumber n when n.IsIntegral => n.IntegerValue,
                    JString s when long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    var other => throw new CliException($"{at}: the index must be a whole number, not {(other is null ? "AWS::NoValue" : Template.Describe(other))}"),
                };
                var items = ResolveList(list, at, depth);
                return position >= 0 && position < items.Count ? items[(int)position] : throw new CliException($"{at}: Template error: Fn::Select cannot select nonexistent value at index {position}");
            }

            case "Fn::Split":
            {
                var (delimiter, text) = Pair(argument, at, "[DELIMITER, STRING]");
                var separator = Resolve(delimiter, at, depth + 1) is JString { Value.Length: > 0 } s ? s.Value : throw new CliException($"{at}: the delimiter must be a non-empty string");
                var source = Resolve(text, at, depth + 1) is JString t ? t.Value : throw new CliException($"{at}: Fn::Split splits a string");
                return JArray.Create(source.Split(separator).Select(part => (JValue)new JString(part)));
            }

            case "Fn::If":
            {
                if (argument is not JArray { Count: 3 } parts || parts[0] is not JString condition)
                {
                    throw new CliException($"{at}: Fn::If takes [CONDITION, VALUE_IF_TRUE, VALUE_IF_FALSE]");
                }

                return Resolve(Condition(condition.Value, at) ? parts[1] : parts[2], at, depth + 1);
            }

            case "Fn::Equals" or "Fn::And" or "Fn::Or" or "Fn::Not":
                return JBool.From(EvaluateCondition(JObject.Create((function, argument)), where, depth));
            case "Fn::FindInMap":
                return FindInMap(argument, at, depth);
            case "Fn::Base64":
                return new JString(Convert.ToBase64String(Encoding.UTF8.GetBytes(Resolve(argument, at, depth + 1) is JString b ? b.Value : throw new CliException($"{at}: Fn::Base64 encodes a string"))));
            case "Fn::ToJsonString":
                return new JString((Resolve(argument, at, depth + 1) ?? throw new CliException($"{at}: nothing to write")).ToJson());
            case "Fn::Length":
                return JNumber.From(ResolveList(argument, at, depth).Count);
            default:
                throw new CliException($"{at}: {function} is not supported by cairn deploy");
        }
    }

    private JValue? Ref(string name, string where)
    {
        if (name == "AWS::NoValue")
        {
            return null;
        }

        if (pseudo.Find(name) is { } pseudoValue)
        {
            return pseudoValue;
        }

        if (parameters.TryGetValue(name, out var parameter))
        {
            return parameter;
        }

        return Resource(name, where).Ref;
    }

    private JValue GetAtt(JValue argument, string where, int depth)
    {
        string logicalId;
        string attribute;
        switch (argument)
        {
            case JArray { Count: 2 } pair when pair[0] is JString id:
                logicalId = id.Value;
                attribute = Resolve(pair[1], where, depth + 1) is JString name ? name.Value : throw new CliException($"{where}: the attribute name must be a string");
                break;
            case JString dotted when dotted.Value.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot:
                logicalId = dotted.Value[..dot];
                attribute = dotted.Value[(dot + 1)..];
                break;
            default:
                throw new CliException($"{where}: Fn::GetAtt takes [LOGICAL_ID, ATTRIBUTE] or LOGICAL_ID.ATTRIBUTE");
        }

        var resource = Resource(logicalId, where);
        return resource.Attributes.TryGetValue(attribute, out var value)
            ? value
            : throw new CliException($"{where}: Template error: resource {logicalId} does not support attribute type {attribute} in Fn::GetAtt (it has {string.Join(", ", resource.Attributes.Keys)})");
    }

    private DeployedResource Resource(string logicalId, string where)
    {
        if (deployed.TryGetValue(logicalId, out var resource))
        {
            return resource;
        }

        if (template.Find(logicalId) is not { } declared)
        {
            throw new CliException($"{where}: Template format error: Unresolved resource dependencies [{logicalId}] in the Resources block of the template");
        }

        if (declared.Condition is { } condition && !Condition(condition, where))
        {
            throw new CliException($"{where}: {logicalId} is not created (its condition {condition} is false)");
        }

        throw new CliException(ResourceDeployers.Find(declared.Type) is null
            ? $"{where}: refers to {logicalId} ({declared.Type}), a resource type cairn deploy does not create"
            : $"{where}: refers to {logicalId}, which is not deployed yet");
    }

    private string Sub(JValue argument, string where, int depth)
    {
        var (text, variables) = argument switch
        {
            JString s => (s.Value, JObject.Empty),
            JArray { Count: 2 } pair when pair[0] is JString s && pair[1] is JObject map => (s.Value, map),
            _ => throw new CliException($"{where}: Fn::Sub takes a string, or [STRING, {{VARIABLES}}]"),
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            values[name] = Scalar(Resolve(value, $"{where}/{name}", depth + 1) ?? throw new CliException($"{where}/{name}: AWS::NoValue where a value is needed"), $"{where}/{name}");
        }

        var result = new StringBuilder(text.Length);
        foreach (var part in SubTemplate.Parse(text))
        {
            if (part.Variable is not { } variable)
            {
                result.Append(part.Literal);
            }
            else if (values.TryGetValue(variable, out var value))
            {
                result.Append(value);
            }
            else
            {
                var dot = variable.IndexOf('.', StringComparison.Ordinal);
                var resolved = dot > 0 && !PseudoParameters.IsPseudo(variable)
                    ? GetAtt(new JString(variable), where, depth + 1)
                    : Ref(variable, where) ?? throw new CliException($"{where}: ${{AWS::NoValue}} cannot be substituted");
                result.Append(Scalar(resolved, where));
            }
        }

        return result.ToString();
    }

    private JValue FindInMap(JValue argument, string where, int depth)
    {
        if (argument is not JArray { Count: 3 } parts)
        {
            throw new CliException($"{where}: Fn::FindInMap takes [MAP, TOP_LEVEL_KEY, SECOND_LEVEL_KEY]");
        }

        var keys = new string[3];
        for (var i = 0; i < 3; i++)
        {
            keys[i] = Resolve(parts[i], where, depth + 1) is JString s ? s.Value : throw new CliException($"{where}: the keys of Fn::FindInMap are strings");
        }

        return template.Mappings[keys[0]] is JObject map && map[keys[1]] is JObject second && second[keys[2]] is { } value
            ? value
            : throw new CliException($"{where}: Template error: Unable to get mapping for {keys[0]}::{keys[1]}::{keys[2]}");
    }

    private bool EvaluateCondition(JValue value, string where, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new CliException($"{where}: nested deeper than {MaxDepth} levels");
        }

        if (value is JObject { Count: 1 } call)
        {
            var (function, argument) = call[0];
            var at = $"{where}/{function}";
            switch (function)
            {
                case "Condition":
                    return argument is JString name ? Condition(name.Value, at) : throw new CliException($"{at}: Condition takes a condition name");
                case "Fn::Equals":
                {
                    var (left, right) = Pair(argument, at, "[VALUE_1, VALUE_2]");
                    return Comparable(Resolve(left, at, depth + 1)) == Comparable(Resolve(right, at, depth + 1));
                }

                case "Fn::Not":
                    return argument is JArray { Count: 1 } one ? !EvaluateCondition(one[0], at, depth + 1) : throw new CliException($"{at}: Fn::Not takes [CONDITION]");
                case "Fn::And" or "Fn::Or":
                {
                    if (argument is not JArray { Count: >= 2 and <= 10 } conditions)
                    {
                        throw new CliException($"{at}: {function} takes 2 to 10 conditions");
                    }

                    var results = conditions.Select((c, i) => EvaluateCondition(c, $"{at}/{i}", depth + 1)).ToList();
                    return function == "Fn::And" ? results.All(r => r) : results.Any(r => r);
                }

                case "Fn::If":
                    return Resolve(value, where, depth + 1) is JBool b ? b.Value : throw new CliException($"{at}: a condition must give true or false");
            }
        }

        return value switch
        {
            JBool b => b.Value,
            JString { Value: "true" or "false" } s => s.Value == "true",
            _ => throw new CliException($"{where}: a condition is Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, not {Template.Describe(value)}"),
        };
    }

    private IReadOnlyList<JValue> ResolveList(JValue value, string where, int depth) =>
        Resolve(value, where, depth + 1) is JArray list ? list.Items.ToArray() : throw new CliException($"{where}: expected a list");

    private static (JValue, JValue) Pair(JValue argument, string where, string shape) =>
        argument is JArray { Count: 2 } pair ? (pair[0], pair[1]) : throw new CliException($"{where}: expected {shape}");

    private static string Comparable(JValue? value) => value switch
    {
        null => "AWS::NoValue",
        JString s => s.Value,
        _ => value.ToJson(),
    };

    private static string Scalar(JValue value, string where) => value switch
    {
        JString s => s.Value,
        JNumber or JBool => value.ToJson(),
        _ => throw new CliException($"{where}: expected a string, not {Template.Describe(value)}"),
    };
}
