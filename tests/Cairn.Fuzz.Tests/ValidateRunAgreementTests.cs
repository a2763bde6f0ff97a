using Cairn.Asl.Data;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Fuzz.Tests.Generators;
using Cairn.Json;

namespace Cairn.Fuzz.Tests;

/// <summary>
/// One rule, one answer: a definition that validation accepts compiles and runs to an end without
/// an internal error (any status, any error of the language's own); a definition it rejects is
/// rejected with at least one error diagnostic, each with a code, a message and a location.
/// Over seeded generated definitions covering every state type in both query languages.
/// </summary>
public sealed class ValidateRunAgreementTests
{
    private const int Seed = 17;
    private const int Definitions = 3000;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WhatValidationAcceptsRunsAndWhatItRejectsItLocates()
    {
        var generator = new DefinitionGenerator(new Random(Seed));
        var findings = new List<string>();
        var (accepted, rejected) = (0, 0);
        for (var i = 0; i < Definitions && findings.Count < 10; i++)
        {
            var definition = generator.Next();
            var input = generator.Input();
            var options = i % 5 == 0 ? ValidationOptions.Express : ValidationOptions.Standard;
            var diagnostics = DefinitionValidator.Validate(definition, options);
            if (!DefinitionValidator.IsValid(diagnostics))
            {
                rejected++;
                var isObject = JValue.TryParse(definition, out var document, out _) && document is JObject;
                var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count == 0 || errors.Any(d => string.IsNullOrEmpty(d.Code) || string.IsNullOrEmpty(d.Message) || (isObject && string.IsNullOrEmpty(d.Location))))
                {
                    findings.Add($"rejected without a located diagnostic: {string.Join("; ", diagnostics)}\n    definition: {definition}");
                }

                continue;
            }

            accepted++;
            var problem = await RunAsync(definition, input, options);
            if (problem is not null)
            {
                findings.Add($"{problem}\n    definition: {definition}\n    input: {input}");
            }
        }

        Assert.True(findings.Count == 0, $"{findings.Count} disagreement(s) ({accepted} accepted, {rejected} rejected so far):\n" + string.Join("\n", findings));
        Assert.True(accepted >= Definitions / 10 && rejected >= Definitions / 10, $"the generator should produce both kinds: {accepted} accepted, {rejected} rejected");
    }

    private static async Task<string?> RunAsync(string definition, string inputText, ValidationOptions options)
    {
        var machine = StateMachineCompiler.TryCompile(definition, options, out var diagnostics);
        if (machine is null)
        {
            return $"validation accepts what compilation refuses: {string.Join("; ", diagnostics)}";
        }

        try
        {
            using var cancel = new CancellationTokenSource(RunLimit);
            var run = LocalExecution.RunAsync(machine, JValue.Parse(inputText), NoTaskHandler.Instance, new LocalExecutionOptions
            {
                TimeScale = 0,
                Entropy = new SeededEntropySource(3),
                InputText = inputText,
                IsExpress = ReferenceEquals(options, ValidationOptions.Express),
            }, cancel.Token);
            var finished = await Task.WhenAny(run, Task.Delay(RunLimit + TimeSpan.FromSeconds(5)));
            if (finished != run)
            {
                return $"the execution did not end within {RunLimit}";
            }

            var execution = await run;
            if (execution.Status == ExecutionStatus.RUNNING)
            {
                return "the execution returned while still RUNNING";
            }

            return execution.Cause is { } cause && (cause.Contains("Exception", StringComparison.Ordinal) || cause.Contains("   at ", StringComparison.Ordinal))
                ? $"the execution failed with what looks like an internal error: {execution.Error}: {cause}"
                : null;
        }
        catch (Exception e)
        {
            return $"internal error: {e.GetType().Name}: {e.Message}\n    at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
        }
    }
}
