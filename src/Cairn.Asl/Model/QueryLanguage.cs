namespace Cairn.Asl.Model;

/// <summary>The query language a state's fields are written in.</summary>
public enum QueryLanguage
{
    JSONPath,
    JSONata,
}
