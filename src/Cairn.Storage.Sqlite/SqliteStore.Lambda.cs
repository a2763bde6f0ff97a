using System.Globalization;
using System.Text.Json;
using Cairn.Integrations.Lambda;

namespace Cairn.Storage.Sqlite;

/// <summary>Lambda functions, versions and aliases (their code is in the data folder's code store), kept as JSON configurations.</summary>
public sealed partial class SqliteStore : ILambdaStore
{
    private static readonly JsonSerializerOptions LambdaJson = new() { WriteIndented = false };

    public FunctionConfiguration? GetFunction(string functionName) =>
        ReadOne<FunctionConfiguration>("SELECT configuration FROM lambda_functions WHERE name = $name", ("$name", functionName));

    public IReadOnlyList<FunctionConfiguration> ListFunctions() =>
        ReadAll<FunctionConfiguration>("SELECT configuration FROM lambda_functions ORDER BY name");

    public void PutFunction(FunctionConfiguration latest) =>
        Write(
            "INSERT INTO lambda_functions (name, configuration) VALUES ($name, $configuration) ON CONFLICT (name) DO UPDATE SET configuration = excluded.configuration",
            ("$name", latest.FunctionName),
            ("$configuration", JsonSerializer.Serialize(latest, LambdaJson)));

    public bool DeleteFunction(string functionName)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using var delete = WriterCommand("DELETE FROM lambda_functions WHERE name = $name", ("$name", functionName));
            var deleted = delete.ExecuteNonQuery() > 0;
            using var versions = WriterCommand("DELETE FROM lambda_versions WHERE name = $name", ("$name", functionName));
            versions.ExecuteNonQuery();
            using var aliases = WriterCommand("DELETE FROM lambda_aliases WHERE name = $name", ("$name", functionName));
            aliases.ExecuteNonQuery();
            transaction.Commit();
            return deleted;
        }
    }

    public FunctionConfiguration? GetVersion(string functionName, string version) =>
        long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? ReadOne<FunctionConfiguration>("SELECT configuration FROM lambda_versions WHERE name = $name AND version = $version", ("$name", functionName), ("$version", number))
            : null;

    public IReadOnlyList<FunctionConfiguration> ListVersions(string functionName) =>
        ReadAll<FunctionConfiguration>("SELECT configuration FROM lambda_versions WHERE name = $name ORDER BY version", ("$name", functionName));

    public void PutVersion(FunctionConfiguration version) =>
        Write(
            "INSERT INTO lambda_versions (name, version, configuration) SELECT $name, $version, $configuration WHERE EXISTS (SELECT 1 FROM lambda_functions WHERE name = $name) " +
            "ON CONFLICT (name, version) DO UPDATE SET configuration = excluded.configuration",
            ("$name", version.FunctionName),
            ("$version", long.Parse(version.Version, CultureInfo.InvariantCulture)),
            ("$configuration", JsonSerializer.Serialize(version, LambdaJson)));

    public bool DeleteVersion(string functionName, string version) =>
        long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && Write("DELETE FROM lambda_versions WHERE name = $name AND version = $version", ("$name", functionName), ("$version", number)) > 0;

    public FunctionAlias? GetAlias(string functionName, string aliasName) =>
        ReadOne<FunctionAlias>("SELECT configuration FROM lambda_aliases WHERE name = $name AND alias = $alias", ("$name", functionName), ("$alias", aliasName));

    public IReadOnlyList<FunctionAlias> ListAliases(string functionName) =>
        ReadAll<FunctionAlias>("SELECT configuration FROM lambda_aliases WHERE name = $name ORDER BY alias", ("$name", functionName));

    public void PutAlias(string functionName, FunctionAlias alias) =>
        Write(
            "INSERT INTO lambda_aliases (name, alias, configuration) SELECT $name, $alias, $configuration WHERE EXISTS (SELECT 1 FROM lambda_functions WHERE name = $name) " +
            "ON CONFLICT (name, alias) DO UPDATE SET configuration = excluded.configuration",
            ("$name", functionName),
            ("$alias", alias.Name),
            ("$configuration", JsonSerializer.Serialize(alias, LambdaJson)));

    public bool DeleteAlias(string functionName, string aliasName) =>
        Write("DELETE FROM lambda_aliases WHERE name = $name AND alias = $alias", ("$name", functionName), ("$alias", aliasName)) > 0;

    private int Write(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_writeLock)
        {
            using var transaction = BeginWrite();
            using var command = WriterCommand(sql, parameters);
            var changed = command.ExecuteNonQuery();
            transaction.Commit();
            return changed;
        }
    }

    private T? ReadOne<T>(string sql, params (string Name, object? Value)[] parameters)
        where T : class
    {
        using var connection = OpenReader();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<T>(json, LambdaJson) : null;
    }

    private List<T> ReadAll<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = OpenReader();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var all = new List<T>();
        while (reader.Read())
        {
            all.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), LambdaJson)!);
        }

        return all;
    }
}
