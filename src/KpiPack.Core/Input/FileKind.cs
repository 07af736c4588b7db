using System.Runtime.InteropServices;

namespace KpiPack.Core.Input;

/// <summary>
/// What kind of file system entry a path is. .NET says only "file" or "directory", and opening a FIFO to find out
/// blocks until someone writes to it, so this asks the runtime's own native shim (System.Native, shipped with every
/// .NET runtime and linked into a Native AOT binary), whose status record is the same on every Unix.
/// </summary>
internal static class FileKind
{
    public enum Kind { Regular, Directory, Pipe, Other }

    // System.Native's normalised mode bits (pal_io.h), the POSIX values.
    private const int TypeMask = 0xF000, FifoBits = 0x1000, DirectoryBits = 0x4000, RegularBits = 0x8000;

    /// <summary>The kind of <paramref name="path"/> after following links; null where it cannot be told (Windows).</summary>
    public static Kind? Of(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        // FileStatus starts with two int32s, Flags then Mode; the rest (well under 256 bytes) is not needed here.
        var status = new byte[256];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (Stat(name, status) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularBits => Kind.Regular,
            DirectoryBits => Kind.Directory,
            FifoBits => Kind.Pipe,
            _ => Kind.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);
}
