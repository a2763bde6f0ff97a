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

    /// <summary>The time limit that applies when <see cref="TimeLimit"/> is null, so that no expression can run forever.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Evaluation stops with U1001 after this long. Null means <see cref="DefaultTimeLimit"/>;
    /// <see cref="Timeout.InfiniteTimeSpan"/> means no limit.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// Evaluation stops with U1001 when nested evaluations go deeper than this, counted as JSONata
    /// counts them (each lambda invocation adds the nesting of its call site). Null for the default
    /// guard; independently of this, running short of stack also stops the evaluation with U1001.
    /// </summary>
    public int? DepthLimit { get; init; }

    /// <summary>
    /// The longest string (UTF-16 code units) an evaluation may build — with the <c>&amp;</c>
    /// operator, <c>$string</c>, <c>$join</c>, <c>$pad</c>, <c>$replace</c>, <c>$fromMillis</c>/<c>$now</c>
    /// pictures — a longer one stops the evaluation with U1001 before it is built, so that repeated
    /// doubling cannot exhaust memory. Null: the longest string a JavaScript engine builds (2^29 - 24).
    /// Arrays are bounded apart from this: at most <see cref="Values.SequenceBuilder.MaxItems"/> items.
    /// </summary>
    public int? MaxStringLength { get; init; }
}
