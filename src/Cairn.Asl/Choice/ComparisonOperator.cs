namespace Cairn.Asl.Choice;

/// <summary>
/// The comparison operators of a JSONPath Choice rule. Each (except <see cref="StringMatches"/>)
/// also has a <c>...Path</c> form in the definition, which takes its operand from a path instead
/// of a literal; that form is recorded on <see cref="ComparisonRule.ValuePath"/>, not here.
/// </summary>
public enum ComparisonOperator
{
    StringEquals,
    StringLessThan,
    StringGreaterThan,
    StringLessThanEquals,
    StringGreaterThanEquals,
    StringMatches,
    NumericEquals,
    NumericLessThan,
    NumericGreaterThan,
    NumericLessThanEquals,
    NumericGreaterThanEquals,
    BooleanEquals,
    TimestampEquals,
    TimestampLessThan,
    TimestampGreaterThan,
    TimestampLessThanEquals,
    TimestampGreaterThanEquals,
}
