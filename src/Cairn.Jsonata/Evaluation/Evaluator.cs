using System.Runtime.CompilerServices;
using Cairn.Json;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// The state of one evaluation: its fixed clock reading, random source, limits, and the current
/// evaluation depth. Every function call goes through <see cref="Call"/>, which checks
/// signatures, enforces the limits and runs tail calls in a loop.
/// </summary>
internal sealed class Evaluator : FunctionContext
{
    /// <summary>Depth allowed when the options set none: deep enough for any sensible recursion, well short of the stack.</summary>
    public const int DefaultDepthLimit = 100_000;

    private const int TimeCheckInterval = 256;

    private readonly long _deadline;
    private readonly int _depthLimit;
    private readonly Random? _random;
    private int _untilTimeCheck = TimeCheckInterval;

    public Evaluator(JsonataOptions options)
    {
        Options = options;
        Now = options.Clock.GetUtcNow();
        _random = options.Random;
        var limit = options.TimeLimit ?? JsonataOptions.DefaultTimeLimit;
        _deadline = limit == Timeout.InfiniteTimeSpan ? long.MaxValue : Environment.TickCount64 + (long)limit.TotalMilliseconds;
        _depthLimit = options.DepthLimit ?? DefaultDepthLimit;
        StringLengthLimit = Math.Min(options.MaxStringLength ?? LongestString, LongestString);
    }

    public JsonataOptions Options { get; }

    public override int StringLengthLimit { get; }

    public override DateTimeOffset Now { get; }

    public override Random Random => _random ?? (_ownRandom ??= new Random());

    private Random? _ownRandom;

    /// <summary>The context value of the native function call in progress (for <c>$eval</c>).</summary>
    public JValue? CallInput { get; private set; }

    /// <summary>The scope of the function call in progress (for <c>$eval</c>); set by the calling node.</summary>
    public Frame? CallFrame { get; set; }

    /// <summary>An arithmetic operation produced an infinite or NaN number; the result is checked for one before it is returned.</summary>
    public bool ProducedNonFinite { get; set; }

    /// <summary>The evaluation depth at which the running lambda body started.</summary>
    public int Base { get; set; }

    /// <summary>Counts work and raises U1001 once the time limit has passed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (--_untilTimeCheck <= 0)
        {
            CheckTime();
        }
    }

    private void CheckTime()
    {
        _untilTimeCheck = TimeCheckInterval;
        if (Environment.TickCount64 > _deadline)
        {
            throw JsonataErrors.Limit(JsonataErrors.TimeoutMessage);
        }
    }

    public override JValue? Apply(JValue? function, JValue?[] arguments) =>
        Call(function, arguments, null, hasContext: false, Base + 2, -1, null);

    /// <summary>
    /// Calls <paramref name="function"/>. <paramref name="input"/> is the context value of the call
    /// (supplied for a signature's <c>-</c> parameter); <paramref name="entryDepth"/> is the
    /// evaluation depth a lambda body starts at.
    /// </summary>
    public JValue? Call(JValue? function, JValue?[] arguments, JValue? input, bool hasContext, int entryDepth, int position, string? name)
    {
        Tick();
        if (input is Sequence { OuterWrapper: true } wrapper)
        {
            input = wrapper[0];
        }

        while (true)
        {
            switch (function)
            {
                case LambdaFunction lambda:
                {
                    if (lambda.Signature is not null)
                    {
                        arguments = lambda.Signature.Validate(arguments, input, hasContext, name ?? string.Empty, position);
                    }

                    if (entryDepth > _depthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                    {
                        throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
                    }

                    var saved = Base;
                    Base = entryDepth;
                    JValue? result;
                    try
                    {
                        result = lambda.InvokeBody(this, arguments);
                    }
                    finally
                    {
                        Base = saved;
                    }

                    if (result is TailCall tail)
                    {
                        Tick();
                        function = tail.Function;
                        arguments = tail.Arguments;
                        input = tail.Input;
                        hasContext = true;
                        position = tail.Position;
                        name = tail.Name;
                        continue;
                    }

                    return result;
                }

                case BuiltinFunction builtin:
                    if (builtin.ParsedSignature is { } signature)
                    {
                        arguments = signature.Validate(arguments, input, hasContext, name ?? builtin.Name, position);
                    }

                    if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                    {
                        throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
                    }

                    return InvokeNative(builtin, arguments, input, position, name ?? builtin.Name);
                case JsonataFunction native:
                    if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                    {
                        throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
                    }

                    return InvokeNative(native, arguments, input, position, name);
                default:
                    throw JsonataErrors.Create("T1006", position, name);
            }
        }
    }

    private JValue? InvokeNative(JsonataFunction function, JValue?[] arguments, JValue? input, int position, string? name)
    {
        CallInput = input;
        try
        {
            return function.Invoke(this, arguments, input);
        }
        catch (JsonataException e) when (e.Position < 0 && e.Code != "U1001")
        {
            throw new JsonataException(e.Code, e.Message, position, e.Token ?? name, e.Value);
        }
    }
}
