namespace Cairn.Conformance.Tests;

/// <summary>
/// Finds the in-process client (<c>Cairn.Conformance.Tests.InProcess.InProcessStepFunctionsClient</c>) by name, so the
/// harness builds whether or not that client exists yet.
/// </summary>
public static class InProcessClientFactory
{
    public const string TypeName = "Cairn.Conformance.Tests.InProcess.InProcessStepFunctionsClient";

    /// <summary>A factory for fresh clients, or null with <paramref name="problem"/> explaining why.</summary>
    public static Func<IStepFunctionsClient>? TryCreate(out string? problem)
    {
        var type = typeof(InProcessClientFactory).Assembly.GetType(TypeName) ?? Type.GetType(TypeName);
        if (type is null)
        {
            problem = $"{TypeName} was not found: the in-process client has to be provided in this assembly.";
            return null;
        }

        if (!typeof(IStepFunctionsClient).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            problem = $"{TypeName} must implement {nameof(IStepFunctionsClient)} and have a public parameterless constructor.";
            return null;
        }

        problem = null;
        return () => (IStepFunctionsClient)Activator.CreateInstance(type)!;
    }
}
