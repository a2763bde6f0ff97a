using Cairn.Asl.Data;
using Cairn.Asl.Paths;

namespace Cairn.Asl.Model;

/// <summary>
/// How a state shapes its effective input and result: Parameters, ResultSelector and ResultPath
/// (states without a field leave it null; <see cref="ResultPathIsNull"/> means "ResultPath": null,
/// which discards the result).
/// </summary>
public sealed record ResultHandling(
    PayloadTemplate? Parameters,
    PayloadTemplate? ResultSelector,
    JsonPath? ResultPath,
    bool ResultPathIsNull)
{
    public static readonly ResultHandling Default = new(null, null, null, false);
}
