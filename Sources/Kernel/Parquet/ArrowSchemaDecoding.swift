import Kernel

/// Reads back the field names and dictionary flags from an `ARROW:schema` value, so the reader
/// can return tag columns as tags. A minimal, bounds-checked FlatBuffers reader: anything it cannot
/// follow yields nil and the reader falls back to the Parquet types alone.
enum ArrowSchemaDecoding {
    /// Names of the fields that are dictionary-encoded, or nil when the value is not understood.
    static func dictionaryFieldNames(_ value: String) -> Set<String>? {
        guard var bytes = Base64.decode(value), bytes.count >= 8 else { return nil }
        // Skip the IPC framing: optional continuation marker, then the metadata length.
        var start = 4
        if bytes[0..<4].allSatisfy({ $0 == 0xFF }) { start = 8 }
        bytes.removeFirst(start)
        let buffer = FlatBufferView(bytes: bytes)
        guard let message = buffer.root(),
            buffer.scalar(UInt8.self, table: message, slot: 1) == 1,  // header_type == Schema
            let schema = buffer.table(message, slot: 2),
            let fields = buffer.vector(schema, slot: 1)
        else { return nil }
        var names: Set<String> = []
        for index in 0..<fields.count {
            guard let field = buffer.vectorTable(fields, index), let name = buffer.string(field, slot: 0) else {
                return nil
            }
            if buffer.table(field, slot: 4) != nil { names.insert(name) }
        }
        return names
    }
}
