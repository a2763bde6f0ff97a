using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>A checked mock: the parsed result, or the error.</summary>
internal sealed record TestMock(JValue? Result, MockErrorOutput? ErrorOutput);
