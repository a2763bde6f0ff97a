namespace Cairn.Asl.Validation;

/// <summary>The workflow type a definition is validated for; EXPRESS machines reject some integrations.</summary>
public enum StateMachineType
{
    Standard,
    Express,
}
