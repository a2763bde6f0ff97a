using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>What a suite case expects: a result, undefined, or an error.</summary>
internal abstract record CaseExpectation
{
    /// <summary>The case's <c>result</c>; with <c>unordered</c>, a top-level array may come in any order.</summary>
    public sealed record Result(JValue Value, bool Unordered) : CaseExpectation;

    /// <summary><c>undefinedResult: true</c>.</summary>
    public sealed record Undefined : CaseExpectation;

    /// <summary>
    /// <c>code</c> (with an optional <c>token</c>), or an <c>error</c> object: every member it names must
    /// match the thrown error (<c>functionName</c> is compared with the token, which carries the function name).
    /// </summary>
    public sealed record Error(string Code, string? Token, string? Message, JValue? Value) : CaseExpectation;

    public string Describe() => this switch
    {
        Result r => r.Value.ToJson() + (r.Unordered ? " (any order)" : string.Empty),
        Undefined => "undefined",
        Error e => "error " + e.Code
            + (e.Token is null ? string.Empty : $" at token '{e.Token}'")
            + (e.Message is null ? string.Empty : $" with message \"{e.Message}\"")
            + (e.Value is null ? string.Empty : $" with value {e.Value.ToJson()}"),
        _ => throw new InvalidOperationException(GetType().Name),
    };
}
