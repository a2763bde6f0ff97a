using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// A Choice rule: a comparison (Variable + operator), a test (IsPresent, IsNull, ...) or a
/// combination (And, Or, Not). Parsed once from the definition; evaluated against the state input
/// and scope. A top-level rule's Next and Assign belong to the Choice state's model, not here.
/// </summary>
public abstract class ChoiceRule
{
    /// <summary>True when the rule matches. May throw <see cref="StatesException"/> (e.g. a missing Variable path).</summary>
    public abstract bool Evaluate(JValue input, IDataScope scope);
}
