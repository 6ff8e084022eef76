/// Bounds-checked access to a FlatBuffers buffer; every accessor returns nil on bad offsets.
struct FlatBufferView {
    let bytes: [UInt8]

    func u32(_ position: Int) -> Int? {
        guard position >= 0, position <= bytes.count - 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[position + index]) << (8 * UInt32(index)) }
        return Int(value)
    }

    func u16(_ position: Int) -> Int? {
        guard position >= 0, position <= bytes.count - 2 else { return nil }
        return Int(bytes[position]) | Int(bytes[position + 1]) << 8
    }

    func root() -> Int? { u32(0) }

    /// Position of a field of `table`, or nil when absent.
    func fieldPosition(_ table: Int, slot: Int) -> Int? {
        guard let raw = u32(table) else { return nil }
        let vtable = table - Int(Int32(truncatingIfNeeded: UInt32(raw)))
        guard let vtableSize = u16(vtable), 4 + 2 * slot < vtableSize,
            let fieldOffset = u16(vtable + 4 + 2 * slot), fieldOffset != 0
        else { return nil }
        return table + fieldOffset
    }

    func scalar(_: UInt8.Type, table: Int, slot: Int) -> UInt8? {
        guard let position = fieldPosition(table, slot: slot), position < bytes.count else { return nil }
        return bytes[position]
    }

    private func follow(_ position: Int) -> Int? {
        guard let offset = u32(position) else { return nil }
        let target = position + offset
        return target < bytes.count ? target : nil
    }

    func table(_ table: Int, slot: Int) -> Int? {
        guard let position = fieldPosition(table, slot: slot) else { return nil }
        return follow(position)
    }

    func vector(_ table: Int, slot: Int) -> (start: Int, count: Int)? {
        guard let position = fieldPosition(table, slot: slot), let vector = follow(position),
            let count = u32(vector), count <= (bytes.count - vector - 4) / 4
        else { return nil }
        return (vector + 4, count)
    }

    func vectorTable(_ vector: (start: Int, count: Int), _ index: Int) -> Int? {
        follow(vector.start + 4 * index)
    }

    func string(_ table: Int, slot: Int) -> String? {
        guard let position = fieldPosition(table, slot: slot), let start = follow(position),
            let length = u32(start), length <= bytes.count - start - 4
        else { return nil }
        return String(decoding: bytes[(start + 4)..<(start + 4 + length)], as: UTF8.self)
    }
}
