namespace Cairn.Integrations.Lambda;

/// <summary>
/// Where functions, their published versions and aliases are kept (the code itself is in the
/// <see cref="CodeStore"/>). Functions are keyed by name; every change replaces whole records.
/// </summary>
public interface ILambdaStore
{
    /// <summary>The function's <c>$LATEST</c> configuration, or null.</summary>
    FunctionConfiguration? GetFunction(string functionName);

    /// <summary>All functions' <c>$LATEST</c> configurations, ordered by name.</summary>
    IReadOnlyList<FunctionConfiguration> ListFunctions();

    /// <summary>Creates or replaces the function's <c>$LATEST</c> configuration.</summary>
    void PutFunction(FunctionConfiguration latest);

    /// <summary>Deletes the function with its versions and aliases; false when there was none.</summary>
    bool DeleteFunction(string functionName);

    /// <summary>A published version, or null.</summary>
    FunctionConfiguration? GetVersion(string functionName, string version);

    /// <summary>The published versions, oldest first.</summary>
    IReadOnlyList<FunctionConfiguration> ListVersions(string functionName);

    /// <summary>Stores a published version (its <see cref="FunctionConfiguration.Version"/> is a number).</summary>
    void PutVersion(FunctionConfiguration version);

    bool DeleteVersion(string functionName, string version);

    FunctionAlias? GetAlias(string functionName, string aliasName);

    IReadOnlyList<FunctionAlias> ListAliases(string functionName);

    void PutAlias(string functionName, FunctionAlias alias);

    bool DeleteAlias(string functionName, string aliasName);
}
