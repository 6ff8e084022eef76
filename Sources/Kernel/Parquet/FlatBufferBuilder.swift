/// A minimal FlatBuffers builder, enough for Arrow IPC schema messages. Like the official
/// builders it fills the buffer from the back, so every object is written after (at a lower
/// address than) the objects it refers to, and offsets are measured from the end of the buffer.
struct FlatBufferBuilder {
    /// The built bytes are `buffer[head...]`.
    private var buffer: [UInt8]
    private var head: Int
    private var minAlignment = 1
    private var tableStart = 0
    private var fieldOffsets: [(slot: Int, offset: Int)] = []

    init(capacity: Int = 256) {
        buffer = [UInt8](repeating: 0, count: max(capacity, 16))
        head = buffer.count
    }

    /// Bytes written so far; an object's "offset" is this value right after writing it.
    var size: Int { buffer.count - head }

    private mutating func reserve(_ count: Int) {
        guard head < count else { return }
        let used = size
        var capacity = buffer.count * 2
        while capacity - used < count { capacity *= 2 }
        var grown = [UInt8](repeating: 0, count: capacity)
        grown.replaceSubrange((capacity - used)..<capacity, with: buffer[head...])
        buffer = grown
        head = capacity - used
    }

    /// Pads so that, once `additional` more bytes are written, the next object is aligned to
    /// `alignment` (alignment is relative to the end; `finish` makes the total size a multiple).
    private mutating func prepare(_ alignment: Int, _ additional: Int) {
        minAlignment = max(minAlignment, alignment)
        let padding = (0 &- (size + additional)) & (alignment - 1)
        reserve(padding)
        for _ in 0..<padding {
            head -= 1
            buffer[head] = 0
        }
    }

    private mutating func pushBytes<C: Collection<UInt8>>(_ bytes: C) {
        reserve(bytes.count)
        head -= bytes.count
        buffer.replaceSubrange(head..<(head + bytes.count), with: bytes)
    }

    private mutating func push<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { pushBytes($0) }
    }

    private mutating func add<T: FixedWidthInteger>(_ value: T) {
        prepare(MemoryLayout<T>.size, 0)
        push(value)
    }

    /// Writes a uoffset to the object at `offset`: the distance forward from the field itself.
    private mutating func addReference(_ offset: Int) {
        prepare(4, 0)
        push(UInt32(size + 4 - offset))
    }

    mutating func createString(_ value: String) -> Int {
        let utf8 = Array(value.utf8)
        prepare(4, utf8.count + 1)
        push(UInt8(0))
        pushBytes(utf8)
        push(UInt32(utf8.count))
        return size
    }

    mutating func createVector(ofOffsets offsets: [Int]) -> Int {
        prepare(4, 4 * offsets.count)
        for offset in offsets.reversed() { addReference(offset) }
        push(UInt32(offsets.count))
        return size
    }

    mutating func startTable() {
        fieldOffsets = []
        tableStart = size
    }

    mutating func add<T: FixedWidthInteger>(slot: Int, _ value: T) {
        add(value)
        fieldOffsets.append((slot, size))
    }

    mutating func add(slot: Int, reference offset: Int) {
        addReference(offset)
        fieldOffsets.append((slot, size))
    }

    /// Writes the table's soffset and its vtable (placed just before the table) and returns the
    /// table's offset.
    mutating func endTable() -> Int {
        add(Int32(0))
        let tableOffset = size
        let slotCount = (fieldOffsets.map(\.slot).max() ?? -1) + 1
        var entries = [UInt16](repeating: 0, count: slotCount)
        for (slot, offset) in fieldOffsets { entries[slot] = UInt16(tableOffset - offset) }
        for entry in entries.reversed() { add(entry) }
        add(UInt16(tableOffset - tableStart))
        add(UInt16(2 * (slotCount + 2)))
        // The table starts with the signed distance back to its vtable.
        let distance = Int32(size - tableOffset)
        let position = buffer.count - tableOffset
        withUnsafeBytes(of: distance.littleEndian) { bytes in
            for index in 0..<4 { buffer[position + index] = bytes[index] }
        }
        fieldOffsets = []
        return tableOffset
    }

    /// Writes the root reference and returns the finished buffer.
    mutating func finish(root: Int) -> [UInt8] {
        prepare(max(minAlignment, 8), 4)
        addReference(root)
        return Array(buffer[head...])
    }
}
