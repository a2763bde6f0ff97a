using System.Diagnostics.CodeAnalysis;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>
/// What an expression can see besides the state input (<c>$</c>): the context object (<c>$$</c>)
/// and the workflow variables (<c>$name</c>) visible at the state being run.
/// </summary>
public interface IDataScope
{
    /// <summary>The context object <c>$$</c>.</summary>
    JValue ContextObject { get; }

    /// <summary>Looks up a variable visible in this scope.</summary>
    bool TryGetVariable(string name, [NotNullWhen(true)] out JValue? value);

    /// <summary>Identifiers and random numbers for States.UUID, States.MathRandom and their JSONata counterparts.</summary>
    IEntropySource Entropy { get; }

    /// <summary>The clock JSONata's <c>$now()</c> and <c>$millis()</c> read (the host's clock, injected).</summary>
    TimeProvider Clock { get; }
}
