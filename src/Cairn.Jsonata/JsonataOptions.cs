using Cairn.Json;

namespace Cairn.Jsonata;

/// <summary>What an evaluation may see and how long it may run.</summary>
public sealed class JsonataOptions
{
    public static readonly JsonataOptions Default = new();

    /// <summary>
    /// Variables, by name without <c>$</c>. A value may be a function
    /// (<see cref="Values.JsonataFunction.Create"/>), which then shadows a built-in of the same name.
    /// </summary>
    public IReadOnlyDictionary<string, JValue>? Bindings { get; init; }

    /// <summary>The clock <c>$now()</c> and <c>$millis()</c> read once per evaluation.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The source for <c>$random()</c> and <c>$shuffle()</c>; a new unseeded one per evaluation when null.</summary>
    public Random? Random { get; init; }

    /// <summary>Evaluation stops with U1001 after this long; null for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Evaluation stops with U1001 when calls or nested evaluations go deeper than this; null for the default guard.</summary>
    public int? DepthLimit { get; init; }
}
