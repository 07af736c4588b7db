using System.Runtime.InteropServices;

namespace KpiPack.Core.Input;

/// <summary>
/// What the file system says of a path: its kind, length, and identity (device and inode), which is how two names are
/// told to be one file whatever links, "..", letter case or bind mounts stand between them. .NET says only "file" or
/// "directory", and opening a FIFO to find out blocks until someone writes to it, so this asks the runtime's own native
/// shim (System.Native, shipped with every .NET runtime and linked into a Native AOT binary), whose status record
/// (FileStatus in pal_io.h) is the same on every Unix.
/// </summary>
public sealed record FileStatus(FileStatus.Kind Type, long Length, long Device, long Inode)
{
    public enum Kind { Regular, Directory, Pipe, Link, Other }

    // System.Native's normalised mode bits (pal_io.h), the POSIX values.
    private const int TypeMask = 0xF000, FifoBits = 0x1000, DirectoryBits = 0x4000, RegularBits = 0x8000, LinkBits = 0xA000;

    // FileStatus: int32 Flags, int32 Mode, uint32 Uid, uint32 Gid, int64 Size, eight int64 times, int64 Dev, int64 RDev, int64 Ino.
    private const int ModeAt = 4, SizeAt = 16, DeviceAt = 88, InodeAt = 104, RecordBytes = 256;

    /// <summary>The status of <paramref name="path"/> after following links; null when there is nothing there, or where it cannot be told (Windows).</summary>
    public static FileStatus? Of(string path) => Read(path, followLinks: true);

    /// <summary>The status of <paramref name="path"/> itself: a link is <see cref="Kind.Link"/>, not what it points at.</summary>
    public static FileStatus? OfEntry(string path) => Read(path, followLinks: false);

    /// <summary>The same file: the same device and inode.</summary>
    public bool IsSameFileAs(FileStatus other) => Device == other.Device && Inode == other.Inode;

    private static FileStatus? Read(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows()) return null;
        var status = new byte[RecordBytes];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if ((followLinks ? Stat(name, status) : LStat(name, status)) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        var type = (BitConverter.ToInt32(status, ModeAt) & TypeMask) switch
        {
            RegularBits => Kind.Regular,
            DirectoryBits => Kind.Directory,
            FifoBits => Kind.Pipe,
            LinkBits => Kind.Link,
            _ => Kind.Other,
        };
        return new FileStatus(type, BitConverter.ToInt64(status, SizeAt), BitConverter.ToInt64(status, DeviceAt), BitConverter.ToInt64(status, InodeAt));
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat(byte[] path, byte[] status);
}
