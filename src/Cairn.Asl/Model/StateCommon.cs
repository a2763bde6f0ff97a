using Cairn.Asl.Data;
using Cairn.Asl.Paths;

namespace Cairn.Asl.Model;

/// <summary>The fields every state type has, gathered by the parser.</summary>
public sealed record StateCommon(
    string Name,
    string? Comment,
    QueryLanguage QueryLanguage,
    string? Next,
    bool End,
    JsonPath? InputPath,
    JsonPath? OutputPath,
    PayloadTemplate? Assign,
    JsonataHandling? Jsonata = null);
