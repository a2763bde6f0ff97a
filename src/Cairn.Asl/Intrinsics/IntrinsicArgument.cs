using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>One argument of an intrinsic call, parsed once: a literal, a path or a nested call.</summary>
internal abstract class IntrinsicArgument
{
    protected IntrinsicArgument(string text) => Text = text;

    /// <summary>The argument as written, used in error causes.</summary>
    public string Text { get; }

    public abstract JValue Evaluate(JValue input, IDataScope scope);
}
