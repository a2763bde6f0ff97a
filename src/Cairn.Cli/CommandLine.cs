namespace Cairn.Cli;

/// <summary>A parsed command line: positional arguments, options with values, and flags.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    /// <summary>Parses arguments against the allowed options (names without dashes; a trailing '!' marks a flag).</summary>
    public static CommandLine Parse(string[] args, IReadOnlyCollection<string> options)
    {
        var line = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                line.Positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (options.Contains(name + "!"))
            {
                line._flags.Add(name);
                continue;
            }

            if (!options.Contains(name))
            {
                throw new UsageException($"unknown option '--{name}'");
            }

            var value = inline ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"option '--{name}' needs a value"));
            line._values[name] = value;
            if (!line._all.TryGetValue(name, out var all))
            {
                line._all[name] = all = new List<string>();
            }

            all.Add(value);
        }

        return line;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>Every value given for a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string name) => _all.TryGetValue(name, out var all) ? all : [];

    public bool Flag(string name) => _flags.Contains(name);

    public string Single(string what)
    {
        return Positional.Count switch
        {
            1 => Positional[0],
            0 => throw new UsageException($"missing {what}"),
            _ => throw new UsageException($"unexpected argument '{Positional[1]}'"),
        };
    }
}
