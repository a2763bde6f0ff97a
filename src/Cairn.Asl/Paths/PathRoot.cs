namespace Cairn.Asl.Paths;

public enum PathRoot
{
    /// <summary><c>$</c>: the state's input (or the effective input being processed).</summary>
    Input,

    /// <summary><c>$$</c>: the context object.</summary>
    Context,

    /// <summary><c>$name</c>: a workflow variable.</summary>
    Variable,
}
