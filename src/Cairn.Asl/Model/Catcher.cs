using Cairn.Asl.Data;
using Cairn.Asl.Paths;

namespace Cairn.Asl.Model;

/// <summary>A Catch entry.</summary>
public sealed class Catcher
{
    public Catcher(IReadOnlyList<string> errorEquals, string nextName, JsonPath? resultPath, bool resultPathIsNull, PayloadTemplate? assign, string? comment, JsonataHandling? jsonata = null)
    {
        Jsonata = jsonata;
        ErrorEquals = errorEquals;
        NextName = nextName;
        ResultPath = resultPath;
        ResultPathIsNull = resultPathIsNull;
        Assign = assign;
        Comment = comment;
    }

    public IReadOnlyList<string> ErrorEquals { get; }

    public string NextName { get; }

    public State Next { get; internal set; } = null!;

    /// <summary>Where the error output goes in the state input (default <c>$</c>: replaces it).</summary>
    public JsonPath? ResultPath { get; }

    public bool ResultPathIsNull { get; }

    /// <summary>The catcher's Assign in a JSONPath state.</summary>
    public PayloadTemplate? Assign { get; }

    /// <summary>The catcher's Output and Assign in a JSONata state.</summary>
    public JsonataHandling? Jsonata { get; }

    public string? Comment { get; }

    public bool Matches(string error) => ErrorMatching.Matches(ErrorEquals, error);
}
