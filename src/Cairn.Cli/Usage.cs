namespace Cairn.Cli;

internal static class Usage
{
    public const string Text = """
        cairn — run Amazon States Language state machines locally

        Usage:
          cairn run DEFINITION [--input JSON|@FILE] [--mock-config FILE --test-case NAME]
                    [--state-machine NAME] [--name EXECUTION] [--time-scale X] [--history] [--json]
          cairn validate DEFINITION [--type STANDARD|EXPRESS] [--json]

        run         Runs one execution in process and prints its status and output (or error
                    and cause). Exit code 0 only when the execution succeeded.
          --input             The execution input: JSON text, or @FILE to read it from a file ({} by default).
          --mock-config       A Step Functions Local mock configuration (MockConfigFile format).
          --test-case         The test case of the mock configuration to run.
          --state-machine     The state machine name (for mock lookups and ARNs); default: the
                              definition file's folder name.
          --name              The execution name (default: a random UUID).
          --time-scale        Real seconds per second of Wait and retry delays: 1 waits in full,
                              0 does not wait (default 1).
          --history           Also print the execution's event history, as GetExecutionHistory returns it.
          --json              Print one JSON object shaped like DescribeExecution (plus "events"
                              with --history) instead of text.
        validate    Checks a definition as ValidateStateMachineDefinition does and prints the
                    diagnostics with their locations. Exit code 1 when there are errors.

        """;
}
