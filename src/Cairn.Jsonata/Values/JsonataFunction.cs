using Cairn.Json;
using Cairn.Jsonata.Functions;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A function value: a built-in, a lambda (closure) or a partial application. Functions are
/// values in JSONata, so this is a <see cref="JValue"/> of kind <see cref="JsonKind.Function"/>
/// and may sit in arrays, objects and variable bindings.
/// </summary>
public abstract class JsonataFunction : JValue
{
    protected JsonataFunction() : base(JsonKind.Function)
    {
    }

    /// <summary>The number of declared parameters (higher-order functions pass only this many arguments).</summary>
    public abstract int Arity { get; }

    /// <summary>
    /// Creates a native function for use in bindings. <paramref name="signature"/> is a JSONata
    /// signature such as <c>&lt;n?:n&gt;</c>, checked (and context-filled) before <paramref name="body"/> runs.
    /// The body gets the arguments, with <c>null</c> standing for undefined, and may throw <see cref="JsonataException"/>.
    /// </summary>
    public static JsonataFunction Create(string name, string? signature, Func<JValue?[], JValue?> body) =>
        new BuiltinFunction(name, signature, (_, args) => body(args));

    internal abstract JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus);
}
