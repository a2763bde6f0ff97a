using Cairn.Fuzz;
using SharpFuzz;

// cairn-fuzz TARGET        run TARGET under AFL++ (input on stdin, as afl-fuzz gives it)
// cairn-fuzz TARGET FILE.. run TARGET once on each file, reporting what escapes (crash triage)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: cairn-fuzz {{{string.Join('|', FuzzTargets.All.Keys)}}} [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    var failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
