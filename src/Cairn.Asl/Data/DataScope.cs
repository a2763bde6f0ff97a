using System.Diagnostics.CodeAnalysis;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>A simple scope over a fixed context object and a variable dictionary (tests, TestState).</summary>
public sealed class DataScope : IDataScope
{
    public static readonly DataScope Empty = new(JObject.Empty, new Dictionary<string, JValue>());

    private readonly IReadOnlyDictionary<string, JValue> _variables;

    public DataScope(JValue contextObject, IReadOnlyDictionary<string, JValue>? variables = null, IEntropySource? entropy = null, TimeProvider? clock = null)
    {
        ContextObject = contextObject;
        _variables = variables ?? new Dictionary<string, JValue>();
        Entropy = entropy ?? new SeededEntropySource(0);
        Clock = clock ?? TimeProvider.System;
    }

    public IEntropySource Entropy { get; }

    public TimeProvider Clock { get; }

    public JValue ContextObject { get; }

    public bool TryGetVariable(string name, [NotNullWhen(true)] out JValue? value) => _variables.TryGetValue(name, out value);
}
