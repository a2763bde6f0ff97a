using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Cairn.Asl.Data;
using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// What the JSONata expressions of one state step see: the reserved variable <c>$states</c>
/// (<c>input</c>, <c>context</c>, and where the field allows them <c>result</c> and
/// <c>errorOutput</c>), the workflow variables, and the functions Step Functions adds
/// (<see cref="StatesFunctions"/>). Names are looked up when an expression reads them, so a state
/// with many variables in scope pays only for those it uses.
/// </summary>
public sealed class JsonataScope : IReadOnlyDictionary<string, JValue>
{
    /// <summary>The name of the reserved variable, without <c>$</c>.</summary>
    public const string StatesVariable = "states";

    private readonly IDataScope _scope;
    private readonly JValue _input;
    private readonly JValue? _result;
    private readonly JValue? _errorOutput;
    private JObject? _states;
    private JsonataOptions? _options;

    public JsonataScope(IDataScope scope, JValue input, JValue? result = null, JValue? errorOutput = null)
    {
        _scope = scope;
        _input = input;
        _result = result;
        _errorOutput = errorOutput;
    }

    /// <summary>The options every evaluation in this scope runs with: these bindings, the injected clock, randomness from the entropy source.</summary>
    public JsonataOptions Options => _options ??= new JsonataOptions
    {
        Bindings = this,
        Clock = _scope.Clock,
        Random = new EntropyRandom(_scope.Entropy),
        MaxStringLength = ServiceLimits.MaxPayloadBytes,
    };

    /// <summary>The value of <c>$states</c>.</summary>
    public JObject States => _states ??= BuildStates();

    public JValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The fixed names (<c>states</c> and the added functions); variables are found by lookup only.</summary>
    public IEnumerable<string> Keys => FixedNames();

    public IEnumerable<JValue> Values => FixedNames().Select(name => this[name]);

    public int Count => 1 + StatesFunctions.Names.Count;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JValue value)
    {
        if (key == StatesVariable)
        {
            value = States;
            return true;
        }

        if (StatesFunctions.TryCreate(key, _scope, out var function))
        {
            value = function;
            return true;
        }

        if (_scope.TryGetVariable(key, out var variable))
        {
            value = variable;
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, JValue>> GetEnumerator() =>
        FixedNames().Select(name => new KeyValuePair<string, JValue>(name, this[name])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IEnumerable<string> FixedNames() => StatesFunctions.Names.Prepend(StatesVariable);

    private JObject BuildStates()
    {
        var builder = new JObjectBuilder(4);
        builder.Set("input", _input);
        builder.Set("context", _scope.ContextObject);
        if (_result is not null)
        {
            builder.Set("result", _result);
        }

        if (_errorOutput is not null)
        {
            builder.Set("errorOutput", _errorOutput);
        }

        return builder.Build();
    }
}
