using System.Buffers.Binary;

namespace KpiPack.Core.Input;

/// <summary>
/// Finds a stream in an OLE compound file, the container of an .xls ([MS-CFB]): sectors chained through a
/// file allocation table, small streams in 64-byte mini sectors. Only reading, only what an .xls needs; anything
/// inconsistent (a chain that loops or leaves the file) gives null rather than an exception.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly byte[] _bytes;
    private readonly int _sectorSize;
    private readonly uint[] _fat;

    private CompoundFile(byte[] bytes, int sectorSize, uint[] fat)
    {
        _bytes = bytes;
        _sectorSize = sectorSize;
        _fat = fat;
    }

    public static bool Is(byte[] bytes) => bytes.AsSpan().StartsWith(Signature);

    /// <summary>The named stream's bytes (the first of the names found), or null.</summary>
    public static byte[]? ReadStream(byte[] bytes, params string[] names)
    {
        if (!Is(bytes) || bytes.Length < 512) return null;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x1E));
        if (shift is not (9 or 12)) return null;
        var file = new CompoundFile(bytes, 1 << shift, []);
        var fat = file.Fat();
        if (fat is null) return null;
        file = new CompoundFile(bytes, 1 << shift, fat);
        var directory = file.Chain(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x30)));
        if (directory is null || directory.Length < 128) return null;
        var root = Entry(directory, 0);
        foreach (var name in names)
        {
            for (var i = 0; i + 128 <= directory.Length; i += 128)
            {
                var entry = Entry(directory, i);
                if (entry.Type != 2 || !string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
                var cutoff = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(0x38));
                var data = entry.Size < cutoff ? file.MiniStream(root, entry) : file.Chain(entry.Start);
                return data is null || (ulong)data.Length < entry.Size ? null : data[..(int)entry.Size];
            }
        }
        return null;
    }

    private readonly record struct DirectoryEntry(string Name, byte Type, uint Start, ulong Size);

    private static DirectoryEntry Entry(byte[] directory, int at)
    {
        var span = directory.AsSpan(at, 128);
        var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(span[0x40..]) - 2, 0, 62);
        var name = System.Text.Encoding.Unicode.GetString(span[..(nameBytes & ~1)]);
        // Version 3 files (512-byte sectors) keep only the low 32 bits of the size; the high ones may be garbage.
        var size = BinaryPrimitives.ReadUInt64LittleEndian(span[0x78..]) & 0xFFFFFFFF;
        return new DirectoryEntry(name, span[0x42], BinaryPrimitives.ReadUInt32LittleEndian(span[0x74..]), size);
    }

    /// <summary>The allocation table, from the 109 sectors the header lists and the chain of further lists.</summary>
    private uint[]? Fat()
    {
        var header = _bytes.AsSpan();
        var count = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        if (count > (uint)(_bytes.Length / _sectorSize)) return null;
        var sectors = new List<uint>();
        for (var i = 0; i < 109 && sectors.Count < count; i++) sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + 4 * i)..]));
        var next = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        for (var guard = 0; sectors.Count < count && next != EndOfChain && guard < _bytes.Length / _sectorSize; guard++)
        {
            var list = Sector(next);
            if (list.IsEmpty) return null;
            for (var i = 0; i < _sectorSize / 4 - 1 && sectors.Count < count; i++) sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(list[(4 * i)..]));
            next = BinaryPrimitives.ReadUInt32LittleEndian(list[(_sectorSize - 4)..]);
        }
        var fat = new uint[sectors.Count * (_sectorSize / 4)];
        for (var s = 0; s < sectors.Count; s++)
        {
            var table = Sector(sectors[s]);
            if (table.IsEmpty) return null;
            for (var i = 0; i < _sectorSize / 4; i++) fat[s * (_sectorSize / 4) + i] = BinaryPrimitives.ReadUInt32LittleEndian(table[(4 * i)..]);
        }
        return fat;
    }

    private ReadOnlySpan<byte> Sector(uint index)
    {
        var offset = ((long)index + 1) * _sectorSize;
        return offset + _sectorSize <= _bytes.Length ? _bytes.AsSpan((int)offset, _sectorSize) : [];
    }

    /// <summary>
    /// The bytes of a chain of sectors; null when it loops or leaves the file. Each sector is taken once at most, so
    /// a chain costs no more than the file's own size, however long its table claims to be.
    /// </summary>
    private byte[]? Chain(uint start)
    {
        var data = new MemoryStream();
        var taken = new System.Collections.BitArray(_bytes.Length / _sectorSize);
        for (var sector = start; sector != EndOfChain; sector = _fat[sector])
        {
            if (sector >= _fat.Length || sector >= taken.Length || taken[(int)sector]) return null;
            taken[(int)sector] = true;
            var bytes = Sector(sector);
            if (bytes.IsEmpty) return null;
            data.Write(bytes);
        }
        return data.ToArray();
    }

    /// <summary>A small stream's bytes: 64-byte sectors inside the root entry's stream, chained by the mini table.</summary>
    private byte[]? MiniStream(DirectoryEntry root, DirectoryEntry entry)
    {
        var container = Chain(root.Start);
        var miniFat = Chain(BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(0x3C)));
        if (container is null || miniFat is null) return null;
        var miniSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(0x20));
        if (miniSize != 64) return null; // [MS-CFB]: always 64 bytes
        var data = new MemoryStream();
        // As for a chain of sectors: each mini sector once at most, so no more than the container holds.
        var taken = new System.Collections.BitArray(container.Length / miniSize + 1);
        for (var sector = entry.Start; sector != EndOfChain;)
        {
            var offset = (long)sector * miniSize;
            if (offset + miniSize > container.Length || (long)sector * 4 + 4 > miniFat.Length || taken[(int)sector]) return null;
            taken[(int)sector] = true;
            data.Write(container, (int)offset, miniSize);
            sector = BinaryPrimitives.ReadUInt32LittleEndian(miniFat.AsSpan((int)sector * 4));
        }
        return data.ToArray();
    }
}
