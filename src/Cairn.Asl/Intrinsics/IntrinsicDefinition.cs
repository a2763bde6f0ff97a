using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>Evaluates one intrinsic function on already evaluated argument values.</summary>
internal delegate JValue IntrinsicImplementation(IntrinsicCall call, JValue[] arguments, IDataScope scope);

/// <summary>A function of the catalog: its name, how many arguments it takes and its implementation.</summary>
internal sealed class IntrinsicDefinition
{
    /// <summary>Marks a function that takes any number of arguments from <see cref="MinArguments"/> on.</summary>
    public const int Unbounded = int.MaxValue;

    public IntrinsicDefinition(string name, int minArguments, int maxArguments, IntrinsicImplementation implementation)
    {
        Name = name;
        MinArguments = minArguments;
        MaxArguments = maxArguments;
        Invoke = implementation;
    }

    public string Name { get; }

    public int MinArguments { get; }

    public int MaxArguments { get; }

    public IntrinsicImplementation Invoke { get; }

    public bool Accepts(int count) => count >= MinArguments && count <= MaxArguments;

    public string DescribeArity()
    {
        if (MaxArguments == Unbounded)
        {
            return MinArguments == 0 ? "any number of arguments" : $"at least {MinArguments} argument{(MinArguments == 1 ? "" : "s")}";
        }

        if (MinArguments == MaxArguments)
        {
            return $"{MinArguments} argument{(MinArguments == 1 ? "" : "s")}";
        }

        return $"{MinArguments} to {MaxArguments} arguments";
    }
}
