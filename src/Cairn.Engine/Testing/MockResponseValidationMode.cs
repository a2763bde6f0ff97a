namespace Cairn.Engine.Testing;

/// <summary>How a mocked task result is checked against the API response shape of the integrated service.</summary>
public enum MockResponseValidationMode
{
    /// <summary>Types and constraints of the fields present, and the required fields must be there (the default).</summary>
    STRICT,

    /// <summary>Types and constraints of the fields present only.</summary>
    PRESENT,

    /// <summary>No check.</summary>
    NONE,
}
