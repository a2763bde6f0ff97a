using Microsoft.Data.Sqlite;

namespace Cairn.Storage.Sqlite;

/// <summary>
/// The database schema as an ordered list of migrations. A new database runs them all; an older
/// one runs those after its <c>user_version</c>, each in its own transaction. Migrations are never
/// edited once released: a change is a new migration at the end.
/// </summary>
public static class Schema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: state machines, revisions, executions with their history, input log and timers.
        """
        CREATE TABLE revisions (
            revision_id TEXT PRIMARY KEY,
            state_machine_arn TEXT NOT NULL,
            definition TEXT NOT NULL,
            role_arn TEXT NOT NULL,
            logging_configuration TEXT NOT NULL,
            tracing_configuration TEXT NOT NULL,
            description TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE state_machines (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            creation_date INTEGER NOT NULL,
            revision_id TEXT NOT NULL REFERENCES revisions (revision_id)
        );
        CREATE TABLE executions (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            state_machine_arn TEXT NOT NULL,
            revision_id TEXT NOT NULL,
            name TEXT NOT NULL,
            role_arn TEXT NOT NULL,
            start_date INTEGER NOT NULL,
            input TEXT NOT NULL,
            entropy_seed INTEGER NOT NULL,
            test_case TEXT,
            status TEXT NOT NULL,
            stop_date INTEGER,
            output TEXT,
            error TEXT,
            cause TEXT,
            event_count INTEGER NOT NULL DEFAULT 0,
            input_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX executions_by_machine ON executions (state_machine_arn, position);
        CREATE INDEX executions_running ON executions (position) WHERE status = 'RUNNING';
        CREATE TABLE events (
            execution INTEGER NOT NULL,
            id INTEGER NOT NULL,
            previous_event_id INTEGER NOT NULL,
            timestamp INTEGER NOT NULL,
            type TEXT NOT NULL,
            details_key TEXT,
            details TEXT,
            PRIMARY KEY (execution, id)
        ) WITHOUT ROWID;
        CREATE TABLE inputs (
            execution INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            time INTEGER NOT NULL,
            command_id INTEGER NOT NULL,
            output TEXT,
            error TEXT,
            cause TEXT,
            PRIMARY KEY (execution, sequence)
        ) WITHOUT ROWID;
        CREATE TABLE timers (
            execution INTEGER NOT NULL,
            timer_id INTEGER NOT NULL,
            due INTEGER NOT NULL,
            PRIMARY KEY (execution, timer_id)
        ) WITHOUT ROWID;
        """,

        // 2: resource tags, in the order they were first set.
        """
        CREATE TABLE tags (
            resource_arn TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (resource_arn, key)
        ) WITHOUT ROWID;
        CREATE INDEX timers_by_due ON timers (due);
        """,

        // 3: state machine versions and aliases, and the version or alias an execution was started through.
        """
        CREATE TABLE versions (
            arn TEXT PRIMARY KEY,
            state_machine_arn TEXT NOT NULL,
            version INTEGER NOT NULL,
            revision_id TEXT NOT NULL,
            description TEXT,
            creation_date INTEGER NOT NULL
        );
        CREATE INDEX versions_by_machine ON versions (state_machine_arn, version);
        CREATE TABLE version_counters (
            state_machine_arn TEXT PRIMARY KEY,
            last_version INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE aliases (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            state_machine_arn TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT,
            routing_configuration TEXT NOT NULL,
            creation_date INTEGER NOT NULL,
            update_date INTEGER NOT NULL
        );
        CREATE INDEX aliases_by_machine ON aliases (state_machine_arn, position);
        ALTER TABLE executions ADD COLUMN version_arn TEXT;
        ALTER TABLE executions ADD COLUMN alias_arn TEXT;
        CREATE INDEX executions_by_version ON executions (version_arn, position) WHERE version_arn IS NOT NULL;
        CREATE INDEX executions_by_alias ON executions (alias_arn, position) WHERE alias_arn IS NOT NULL;
        """,

        // 4: activities, and server secrets (the task token key).
        """
        CREATE TABLE activities (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            creation_date INTEGER NOT NULL
        );
        CREATE TABLE server_secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) WITHOUT ROWID;
        """,

        // 5: Map Runs (distributed Map states' runs), by execution.
        """
        CREATE TABLE map_runs (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            execution_arn TEXT NOT NULL,
            state_machine_arn TEXT NOT NULL,
            start_date INTEGER NOT NULL,
            stop_date INTEGER,
            status TEXT NOT NULL,
            max_concurrency INTEGER NOT NULL,
            tolerated_failure_count INTEGER NOT NULL,
            tolerated_failure_percentage REAL NOT NULL,
            pending INTEGER NOT NULL,
            running INTEGER NOT NULL,
            succeeded INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            timed_out INTEGER NOT NULL,
            aborted INTEGER NOT NULL,
            total INTEGER NOT NULL,
            results_written INTEGER NOT NULL
        );
        CREATE INDEX map_runs_by_execution ON map_runs (execution_arn, position);
        """,

        // 6: redriven executions: how many times, and when last.
        """
        ALTER TABLE executions ADD COLUMN redrive_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE executions ADD COLUMN redrive_date INTEGER;
        """,

        // 7: redriven Map Runs: how many times, when last, and the iterations waiting to be redriven or never redrivable.
        """
        ALTER TABLE map_runs ADD COLUMN redrive_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE map_runs ADD COLUMN redrive_date INTEGER;
        ALTER TABLE map_runs ADD COLUMN failures_not_redrivable INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE map_runs ADD COLUMN pending_redrive INTEGER NOT NULL DEFAULT 0;
        """,

        // 8: Lambda functions ($LATEST), their published versions and aliases, each configuration as JSON.
        """
        CREATE TABLE lambda_functions (
            name TEXT PRIMARY KEY,
            configuration TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE lambda_versions (
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            configuration TEXT NOT NULL,
            PRIMARY KEY (name, version)
        ) WITHOUT ROWID;
        CREATE TABLE lambda_aliases (
            name TEXT NOT NULL,
            alias TEXT NOT NULL,
            configuration TEXT NOT NULL,
            PRIMARY KEY (name, alias)
        ) WITHOUT ROWID;
        """,

        // 9: the format of each execution's log (executions stored before have format 1), and the
        // activities missing when a step ran, as the step's input carries them (a JSON array).
        """
        ALTER TABLE executions ADD COLUMN log_format INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE inputs ADD COLUMN missing_activities TEXT;
        """,

        // 10: Map Runs' child executions (ListExecutions with a mapRunArn), newest last by position.
        """
        CREATE TABLE map_run_executions (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            arn TEXT NOT NULL UNIQUE,
            map_run_arn TEXT NOT NULL,
            state_machine_arn TEXT NOT NULL,
            name TEXT NOT NULL,
            item_index INTEGER NOT NULL,
            status TEXT NOT NULL,
            start_date INTEGER NOT NULL,
            stop_date INTEGER,
            item_count INTEGER NOT NULL,
            redrive_count INTEGER NOT NULL,
            redrive_date INTEGER
        );
        CREATE INDEX map_run_executions_by_map_run ON map_run_executions (map_run_arn, position);
        """,
    ];

    public static int LatestVersion => Migrations.Count;

    /// <summary>Brings the database up to <paramref name="targetVersion"/> (the latest by default); returns the version it had.</summary>
    public static int Upgrade(SqliteConnection connection, int? targetVersion = null)
    {
        var target = targetVersion ?? LatestVersion;
        var version = CurrentVersion(connection);
        if (version > LatestVersion)
        {
            throw new InvalidOperationException($"The database has schema version {version}, newer than this Cairn knows ({LatestVersion}).");
        }

        for (var next = version + 1; next <= target; next++)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[next - 1] + $"\nPRAGMA user_version = {next};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        return version;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
