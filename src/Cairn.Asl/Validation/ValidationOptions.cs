namespace Cairn.Asl.Validation;

/// <summary>What a definition is validated for (ValidateStateMachineDefinition's <c>type</c> parameter).</summary>
public sealed record ValidationOptions(StateMachineType Type = StateMachineType.Standard)
{
    public static ValidationOptions Standard { get; } = new(StateMachineType.Standard);

    public static ValidationOptions Express { get; } = new(StateMachineType.Express);
}
