namespace Cairn.Jsonata.Parsing;

/// <summary>
/// What a parent operator <c>%</c> refers to: the step found by walking back <see cref="Level"/>
/// navigation steps records its input under <see cref="Label"/>, which <c>%</c> then reads.
/// </summary>
internal sealed class AncestorSlot
{
    public AncestorSlot(string label, int position)
    {
        Label = label;
        Position = position;
    }

    public string Label { get; set; }

    public int Level { get; set; } = 1;

    public int Position { get; }
}
