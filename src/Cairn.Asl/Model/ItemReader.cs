using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Json;

namespace Cairn.Asl.Model;

/// <summary>
/// A Distributed Map's ItemReader: the S3 action that reads the items (<c>s3:getObject</c>,
/// <c>s3:listObjectsV2</c>), its Parameters (JSONPath) or Arguments (JSONata), and its
/// ReaderConfig (InputType, CSV headers and delimiter, ItemsPointer, ManifestType) as written;
/// MaxItems / MaxItemsPath is compiled apart because it is evaluated against the state's input.
/// </summary>
public sealed record ItemReader(
    string Resource,
    PayloadTemplate? Parameters,
    JsonataTemplate? Arguments,
    JObject ReaderConfig,
    ValueSource? MaxItems);
