using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>Resolves the paths of a Choice rule, failing the way AWS does when one matches nothing.</summary>
internal static class ChoicePaths
{
    /// <summary>
    /// The value at <paramref name="path"/>. Every operator except IsPresent needs its paths to
    /// exist; a path that matches nothing fails the state with States.Runtime instead of making
    /// the rule false. The engine prefixes the cause with the state's name and event id.
    /// </summary>
    public static JValue Resolve(JsonPath path, JValue input, IDataScope scope)
    {
        if (path.TryEvaluate(input, scope, out var value))
        {
            return value;
        }

        throw new StatesException(
            StatesErrors.Runtime,
            $"Invalid path '{path.Text}': The choice state's condition path references an invalid value.");
    }

    /// <summary>
    /// An ordering comparison (LessThan, GreaterThan, ...) whose <c>...Path</c> operand holds a
    /// value of the wrong type cannot be decided, and AWS fails the state rather than treating it
    /// as false (an Equals comparison just does not match).
    /// </summary>
    public static StatesException InvalidOperand(JsonPath path) =>
        new(StatesErrors.Runtime, $"Invalid value provided at path '{path.Text}'");
}
