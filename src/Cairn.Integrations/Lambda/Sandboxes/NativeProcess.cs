using System.Runtime.InteropServices;

namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>The few POSIX calls sandboxes need: killing a process group, and how many bytes wait in a pipe.</summary>
internal static partial class NativeProcess
{
    private const int SigKill = 9;
    private const nuint FionRead = 0x541B;

    /// <summary>Kills the process group led by <paramref name="leader"/> (every process of a sandbox).</summary>
    public static void KillGroup(int leader)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            _ = Kill(-leader, SigKill);
        }
    }

    /// <summary>Bytes readable from the pipe without blocking; 0 when unknown.</summary>
    public static int Pending(SafeHandle pipe)
    {
        if (!OperatingSystem.IsLinux() || pipe.IsInvalid || pipe.IsClosed)
        {
            return 0;
        }

        var added = false;
        try
        {
            pipe.DangerousAddRef(ref added);
            return Ioctl((int)pipe.DangerousGetHandle(), FionRead, out var count) == 0 ? count : 0;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
        finally
        {
            if (added)
            {
                pipe.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, nuint request, out int count);
}
