using System.Runtime.InteropServices;

namespace Matcher.Api.Runs;

/// <summary>
/// Lowers the scheduling priority of the calling thread on Linux, where a nice value belongs to a thread (setpriority
/// with the thread's id). A match run then takes only the CPU the requests leave over; .NET's own thread priorities have
/// no effect on Linux. Elsewhere, or when the call fails, nothing happens.
/// </summary>
internal static class ThreadNice
{
    private const int PrioProcess = 0;

    /// <summary>Sets the calling thread's nice value (0 normal .. 19 lowest); false when not on Linux or not allowed.</summary>
    public static bool Set(int nice)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return SetPriority(PrioProcess, GetThreadId(), nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
