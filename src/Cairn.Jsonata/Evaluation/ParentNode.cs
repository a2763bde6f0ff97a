using Cairn.Json;
using Cairn.Jsonata.Parsing;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>%</c>: the input of the step its slot was tied to, recorded in the tuple under the slot's label.</summary>
internal sealed class ParentNode(int position, AncestorSlot slot) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) => frame.Lookup(slot.Label);
}
