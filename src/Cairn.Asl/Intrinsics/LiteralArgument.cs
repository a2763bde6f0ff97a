using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>A literal argument: a quoted string, a number, true, false or null.</summary>
internal sealed class LiteralArgument : IntrinsicArgument
{
    public LiteralArgument(string text, JValue value, FormatTemplate? template = null)
        : base(text)
    {
        Value = value;
        Template = template;
    }

    public JValue Value { get; }

    /// <summary>
    /// For a string literal: the literal read as a States.Format template. It is kept apart from
    /// <see cref="Value"/> because escaped braces (<c>\{</c>, <c>\}</c>) are text, not placeholders.
    /// </summary>
    public FormatTemplate? Template { get; }

    public override JValue Evaluate(JValue input, IDataScope scope) => Value;
}
