using System.Globalization;
using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Cli;

/// <summary><c>cairn jsonata</c>: evaluates one JSONata expression against a JSON input.</summary>
internal static class JsonataCommand
{
    public static readonly string[] Options = { "input", "bindings", "time-limit", "depth", "json!" };

    public static int Execute(CommandLine line, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var argument = line.Single("EXPR (a JSONata expression, or @FILE)");
        var text = argument.StartsWith('@') ? InputFiles.ReadText(argument[1..], "expression") : argument;
        var options = new JsonataOptions
        {
            Bindings = line.Value("bindings") is { } bindingsPath ? ReadBindings(bindingsPath) : null,
            TimeLimit = PositiveInteger(line, "time-limit") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            DepthLimit = PositiveInteger(line, "depth"),
        };
        var input = line.Value("input") is { } inputPath ? ReadInput(inputPath, stdin) : null;

        JValue? result;
        try
        {
            result = JsonataExpression.Compile(text).Evaluate(input, options);
        }
        catch (JsonataException e)
        {
            if (line.Flag("json"))
            {
                stdout.WriteLine(JObject.Create(("error", ErrorObject(e))).ToIndentedJson());
            }
            else
            {
                stderr.WriteLine(Describe(e));
            }

            return ExitCodes.Failed;
        }

        if (line.Flag("json"))
        {
            var envelope = result is null ? JObject.Create(("undefined", JBool.True)) : JObject.Create(("result", result));
            stdout.WriteLine(envelope.ToIndentedJson());
        }
        else if (result is null)
        {
            stderr.WriteLine("cairn: the result is undefined (nothing to print)");
        }
        else
        {
            stdout.WriteLine(result.ToIndentedJson());
        }

        return ExitCodes.Ok;
    }

    /// <summary>One line: <c>CODE: message (position N, token 'T')</c>.</summary>
    public static string Describe(JsonataException e)
    {
        var where = new List<string>();
        if (e.Position >= 0)
        {
            where.Add("position " + e.Position.ToString(CultureInfo.InvariantCulture));
        }

        if (e.Token is not null)
        {
            where.Add($"token '{e.Token}'");
        }

        return $"{e.Code}: {e.Message.ReplaceLineEndings(" ")}" + (where.Count == 0 ? string.Empty : $" ({string.Join(", ", where)})");
    }

    private static JObject ErrorObject(JsonataException e)
    {
        var error = new JObjectBuilder();
        error.Set("code", e.Code);
        error.Set("message", e.Message);
        if (e.Position >= 0)
        {
            error.Set("position", e.Position);
        }

        if (e.Token is not null)
        {
            error.Set("token", e.Token);
        }

        return error.Build();
    }

    private static JValue ReadInput(string path, TextReader stdin)
    {
        var (text, source) = path == "-" ? (stdin.ReadToEnd(), "standard input") : (InputFiles.ReadText(path, "--input"), path);
        return ParseJson(text, source);
    }

    /// <summary>A JSON object of variable names (with or without the leading <c>$</c>) to values.</summary>
    private static IReadOnlyDictionary<string, JValue> ReadBindings(string path)
    {
        if (ParseJson(InputFiles.ReadText(path, "--bindings"), path) is not JObject members)
        {
            throw new CliException($"{path}: the bindings must be a JSON object of variable names to values");
        }

        var bindings = new Dictionary<string, JValue>(StringComparer.Ordinal);
        foreach (var member in members.Members)
        {
            bindings[member.Key.StartsWith('$') ? member.Key[1..] : member.Key] = member.Value;
        }

        return bindings;
    }

    private static JValue ParseJson(string text, string source)
    {
        try
        {
            return JValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw new CliException($"{source}: {e.Message}");
        }
    }

    private static int? PositiveInteger(CommandLine line, string option)
    {
        if (line.Value(option) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"--{option} must be a whole number above 0, not '{text}'");
    }
}
