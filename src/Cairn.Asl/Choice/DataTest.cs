namespace Cairn.Asl.Choice;

/// <summary>The data-test operators of a JSONPath Choice rule; each takes a boolean operand.</summary>
public enum DataTest
{
    IsNull,
    IsPresent,
    IsNumeric,
    IsString,
    IsBoolean,
    IsTimestamp,
}
