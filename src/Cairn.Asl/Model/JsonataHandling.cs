using Cairn.Asl.Jsonata;

namespace Cairn.Asl.Model;

/// <summary>
/// How a JSONata state (or a Choice rule, or a Catcher of a JSONata state) shapes data: the
/// Arguments it passes on (Task, Parallel), the Output it ends with (default: the result of a
/// Task, Parallel or Map, the error output of a Catcher, otherwise the state input) and the
/// variables it Assigns. A missing field is null.
/// </summary>
public sealed record JsonataHandling(JsonataTemplate? Arguments, JsonataTemplate? Output, JsonataTemplate? Assign)
{
    public static readonly JsonataHandling None = new(null, null, null);
}
