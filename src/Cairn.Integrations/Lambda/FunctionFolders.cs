using System.IO.Compression;
using Cairn.Json;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// Functions given on the command line instead of through the Lambda API: a folder with one
/// sub-folder per function (<c>--functions DIR</c>: the sub-folder's name is the function's, its
/// files the code, and an optional <c>function.json</c> with <c>Runtime</c>, <c>Handler</c>,
/// <c>Timeout</c>, <c>MemorySize</c>, <c>Environment</c>, <c>Description</c>), or one function
/// (<c>--function NAME=PATH:HANDLER[:RUNTIME]</c>, PATH a folder, a source file or a zip). Without
/// a runtime it is told by the handler's file: <c>.py</c> Python, <c>.js</c>/<c>.mjs</c>/<c>.cjs</c>
/// Node.js, a <c>bootstrap</c> a custom runtime.
/// </summary>
public static class FunctionFolders
{
    public const string ConfigurationFile = "function.json";
    public const string DefaultPython = "python3.12";
    public const string DefaultNode = "nodejs20.x";

    /// <summary>One request per sub-folder of <paramref name="directory"/>.</summary>
    public static IReadOnlyList<CreateFunctionRequest> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ArgumentException($"{directory}: no such folder of functions");
        }

        return Directory.GetDirectories(directory).Order(StringComparer.Ordinal).Select(ReadFunctionFolder).ToList();
    }

    /// <summary>A function from <c>NAME=PATH:HANDLER[:RUNTIME]</c>.</summary>
    public static CreateFunctionRequest ReadSpecification(string specification)
    {
        var equals = specification.IndexOf('=');
        var parts = equals > 0 ? specification[(equals + 1)..].Split(':') : [];
        if (equals <= 0 || parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
        {
            throw new ArgumentException($"--function must be NAME=PATH:HANDLER[:RUNTIME], not '{specification}'");
        }

        var (name, path, handler) = (specification[..equals], parts[0], parts[1]);
        byte[] zip;
        string root;
        if (Directory.Exists(path))
        {
            (zip, root) = (ZipFolder(path), path);
        }
        else if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            (zip, root) = (File.ReadAllBytes(path), string.Empty);
        }
        else if (File.Exists(path))
        {
            (zip, root) = (ZipFiles([(Path.GetFileName(path), path)]), Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        else
        {
            throw new ArgumentException($"{path}: no such file or folder (--function {name})");
        }

        var runtime = parts.Length == 3 ? parts[2] : InferRuntime(root, handler)
            ?? throw new ArgumentException($"--function {name}: give the runtime (NAME=PATH:HANDLER:RUNTIME): it cannot be told from '{handler}'");
        return new CreateFunctionRequest { FunctionName = name, Runtime = runtime, Handler = handler, ZipFile = zip, Timeout = 60 };
    }

    /// <summary>Creates the functions, or updates those that exist already.</summary>
    public static void Install(LambdaService lambda, IEnumerable<CreateFunctionRequest> functions)
    {
        foreach (var function in functions)
        {
            try
            {
                lambda.CreateFunction(function);
            }
            catch (LambdaException e) when (e.ErrorCode == "ResourceConflictException")
            {
                lambda.UpdateFunctionCode(function.FunctionName, function.ZipFile);
                lambda.UpdateFunctionConfiguration(function.FunctionName, function.Runtime, function.Handler, function.Role, function.Timeout, function.MemorySize, function.Environment, function.Description);
            }
        }
    }

    private static CreateFunctionRequest ReadFunctionFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        var configurationPath = Path.Combine(folder, ConfigurationFile);
        JObject configuration = JObject.Empty;
        if (File.Exists(configurationPath))
        {
            configuration = JValue.Parse(File.ReadAllText(configurationPath)) as JObject
                ?? throw new ArgumentException($"{configurationPath}: must be a JSON object");
        }

        var handler = Text(configuration, "Handler", configurationPath) ?? DefaultHandler(folder)
            ?? throw new ArgumentException($"{folder}: no Handler in {ConfigurationFile}, and no handler.py, lambda_function.py, index.js, index.mjs or bootstrap to default to");
        var runtime = Text(configuration, "Runtime", configurationPath) ?? InferRuntime(folder, handler)
            ?? throw new ArgumentException($"{folder}: no Runtime in {ConfigurationFile}, and none can be told from the handler '{handler}'");
        var environment = configuration["Environment"] switch
        {
            null => null,
            JObject variables => variables.Members.ToArray().ToDictionary(
                m => m.Key,
                m => m.Value is JString s ? s.Value : throw new ArgumentException($"{configurationPath}: Environment.{m.Key} must be a string"),
                StringComparer.Ordinal),
            _ => throw new ArgumentException($"{configurationPath}: Environment must be an object of strings"),
        };
        return new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = runtime,
            Handler = handler,
            ZipFile = ZipFolder(folder),
            Timeout = Number(configuration, "Timeout", configurationPath) ?? 60,
            MemorySize = Number(configuration, "MemorySize", configurationPath),
            Environment = environment,
            Description = Text(configuration, "Description", configurationPath),
        };
    }

    private static string? DefaultHandler(string folder) =>
        File.Exists(Path.Combine(folder, "handler.py")) ? "handler.handler"
        : File.Exists(Path.Combine(folder, "lambda_function.py")) ? "lambda_function.lambda_handler"
        : File.Exists(Path.Combine(folder, "index.js")) || File.Exists(Path.Combine(folder, "index.mjs")) ? "index.handler"
        : File.Exists(Path.Combine(folder, "bootstrap")) ? "bootstrap"
        : null;

    private static string? InferRuntime(string root, string handler)
    {
        var module = handler.Contains('.', StringComparison.Ordinal) ? handler[..handler.LastIndexOf('.')] : handler;
        bool Has(string extension) => root.Length > 0 && File.Exists(Path.Combine(root, module + extension));
        return Has(".py") ? DefaultPython
            : Has(".js") || Has(".mjs") || Has(".cjs") ? DefaultNode
            : root.Length > 0 && File.Exists(Path.Combine(root, "bootstrap")) ? "provided.al2023"
            : null;
    }

    private static string? Text(JObject configuration, string key, string path) => configuration[key] switch
    {
        null => null,
        JString s => s.Value,
        _ => throw new ArgumentException($"{path}: {key} must be a string"),
    };

    private static int? Number(JObject configuration, string key, string path) => configuration[key] switch
    {
        null => null,
        JNumber n when n.IntegerValue is >= int.MinValue and <= int.MaxValue => (int)n.IntegerValue,
        _ => throw new ArgumentException($"{path}: {key} must be a whole number"),
    };

    /// <summary>A function package of source texts (name, text, optional Unix mode such as an executable bootstrap's).</summary>
    public static byte[] Zip(params (string Name, string Content, UnixFileMode? Mode)[] files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, mode) in files)
            {
                var entry = archive.CreateEntry(name);
                if (mode is { } unixMode)
                {
                    entry.ExternalAttributes = ((int)unixMode | 0x8000) << 16;
                }

                using var writer = new StreamWriter(entry.Open(), new System.Text.UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A function package of source texts.</summary>
    public static byte[] Zip(params (string Name, string Content)[] files) => Zip(files.Select(f => (f.Name, f.Content, (UnixFileMode?)null)).ToArray());

    private static byte[] ZipFolder(string folder) =>
        ZipFiles(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f) != ConfigurationFile)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), f)));

    private static byte[] ZipFiles(IEnumerable<(string Name, string Path)> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, path) in files)
            {
                archive.CreateEntryFromFile(path, name);
            }
        }

        return buffer.ToArray();
    }
}
