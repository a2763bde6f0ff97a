namespace Cairn.Jsonata.Formatting;

/// <summary>The numbering systems of an integer picture.</summary>
internal enum IntegerStyle
{
    Decimal,
    Alphabetic,
    Roman,
    Words,
}
