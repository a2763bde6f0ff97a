namespace Cairn.Engine.Tasks;

/// <summary>What a <see cref="TaskRequest"/> is for.</summary>
public enum TaskPurpose
{
    /// <summary>A Task state's resource.</summary>
    TaskState,

    /// <summary>
    /// A Distributed Map's ItemReader reading its next items. Parameters: <c>Resource</c>-specific
    /// <c>Parameters</c> (Bucket, Key, Prefix, ...), <c>ReaderConfig</c>, <c>Position</c> (null at
    /// first) and <c>MaxItems</c> (how many more may be read). Result: <c>Items</c>, the next
    /// <c>Position</c> and <c>End</c>.
    /// </summary>
    ItemReader,

    /// <summary>A Distributed Map's ResultWriter writing one object. Parameters: Bucket, Key, Body (text). Result: Key and Size.</summary>
    ResultWriter,
}
