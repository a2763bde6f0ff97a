using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Parsing;

/// <summary>Field readers of JSONata states: templates, expression-or-literal fields and Conditions.</summary>
public static partial class DefinitionParser
{
    /// <summary>
    /// Arguments (when the state type has them), Output and Assign. <paramref name="fieldPrefix"/>
    /// names where they sit for error causes (<c>Choices[0]/</c>, <c>Catch[1]/</c>, or nothing for a state).
    /// </summary>
    private static JsonataHandling ParseJsonataHandling(JObject obj, string location, string fieldPrefix, bool arguments)
    {
        var handling = new JsonataHandling(
            arguments ? OptionalJsonataTemplate(obj, "Arguments", location, fieldPrefix + "Arguments") : null,
            OptionalJsonataTemplate(obj, "Output", location, fieldPrefix + "Output"),
            OptionalJsonataTemplate(obj, "Assign", location, fieldPrefix + "Assign"));
        return handling.Arguments is null && handling.Output is null && handling.Assign is null ? JsonataHandling.None : handling;
    }

    private static JsonataTemplate? OptionalJsonataTemplate(JObject obj, string name, string location, string field) =>
        obj.TryGetValue(name, out var value) ? Compile(() => JsonataTemplate.Compile(value, field), $"{location}/{name}") : null;

    /// <summary>A field given literally or as one <c>{% %}</c> expression (Seconds, Error, MaxConcurrency, ...).</summary>
    private static ValueSource? JsonataSource(JObject obj, string name, string location)
    {
        if (!obj.TryGetValue(name, out var value))
        {
            return null;
        }

        return value is JString s && JsonataQuery.IsExpression(s.Value)
            ? ValueSource.FromJsonata(name, Compile(() => JsonataQuery.Parse(s.Value), $"{location}/{name}"))
            : ValueSource.FromLiteral(name, value);
    }

    private static JsonataConditionRule ParseJsonataCondition(JObject rule, string location, string field)
    {
        var at = location + "/Condition";
        return Require(rule, "Condition", location) switch
        {
            JBool b => JsonataConditionRule.Constant(b.Value, field),
            JString s when JsonataQuery.IsExpression(s.Value) => JsonataConditionRule.Expression(Compile(() => JsonataQuery.Parse(s.Value), at), field),
            _ => throw Error(at, "The value for the field 'Condition' must be a valid JSONata expression"),
        };
    }
}
