using System.Text;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// The recent invocations of each function of the built-in service, bounded: the last
/// <see cref="MaxPerFunction"/> per function, each log cut to its last <see cref="MaxLogBytes"/>
/// (Lambda's <c>LogType: Tail</c>). An invocation is kept from its start, and replaced by its
/// outcome when it ends; a deleted function's invocations are forgotten. <see cref="Changed"/>
/// tells watchers (the console) which function's invocations changed.
/// </summary>
public sealed class InvocationHistory
{
    public const int MaxPerFunction = 100;

    public const int MaxLogBytes = Sandboxes.SandboxLog.TailBytes;

    private readonly Dictionary<string, LinkedList<FunctionInvocation>> _byFunction = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>Raised with the function's name after one of its invocations started or ended.</summary>
    public event Action<string>? Changed;

    /// <summary>A function's recent invocations, newest first.</summary>
    public IReadOnlyList<FunctionInvocation> Recent(string functionName)
    {
        lock (_lock)
        {
            return _byFunction.TryGetValue(functionName, out var list) ? list.ToList() : [];
        }
    }

    internal void Started(FunctionInvocation invocation)
    {
        lock (_lock)
        {
            if (!_byFunction.TryGetValue(invocation.FunctionName, out var list))
            {
                _byFunction[invocation.FunctionName] = list = new LinkedList<FunctionInvocation>();
            }

            list.AddFirst(invocation);
            while (list.Count > MaxPerFunction)
            {
                list.RemoveLast();
            }
        }

        Changed?.Invoke(invocation.FunctionName);
    }

    /// <summary>Replaces the running invocation of the same request id by how it ended (kept only while it is among the recent ones).</summary>
    internal void Ended(FunctionInvocation invocation)
    {
        lock (_lock)
        {
            if (!_byFunction.TryGetValue(invocation.FunctionName, out var list))
            {
                return;
            }

            for (var node = list.First; node is not null; node = node.Next)
            {
                if (node.Value.RequestId == invocation.RequestId)
                {
                    node.Value = invocation;
                    break;
                }
            }
        }

        Changed?.Invoke(invocation.FunctionName);
    }

    internal void Forget(string functionName)
    {
        lock (_lock)
        {
            _byFunction.Remove(functionName);
        }

        Changed?.Invoke(functionName);
    }

    /// <summary>The log as text, at most <see cref="MaxLogBytes"/> of its end, starting on a whole character.</summary>
    internal static string LogText(ReadOnlySpan<byte> log)
    {
        if (log.Length > MaxLogBytes)
        {
            log = log[^MaxLogBytes..];
        }

        var start = 0;
        while (start < log.Length && start < 3 && (log[start] & 0xC0) == 0x80)
        {
            start++;
        }

        return Encoding.UTF8.GetString(log[start..]);
    }
}
