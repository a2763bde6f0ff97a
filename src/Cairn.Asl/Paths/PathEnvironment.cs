using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// What a path expression can refer to while it is evaluated besides the value it walks:
/// the document it was started on (<c>$</c> inside a filter, as Jayway resolves it) and the
/// scope that supplies the context object and variables.
/// </summary>
internal readonly struct PathEnvironment
{
    public PathEnvironment(JValue document, IDataScope scope)
    {
        Document = document;
        Scope = scope;
    }

    public JValue Document { get; }

    public IDataScope Scope { get; }
}
