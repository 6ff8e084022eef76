import Kernel

#if canImport(Glibc)
    import Glibc
#endif

/// Renders record batch rows as stable text for the debug `inspect` command:
/// `time<TAB>name=value,...` with columns in batch order, nulls omitted, strings quoted.
enum RowText {
    static func lines(of batch: RecordBatch) -> [String] {
        (0..<batch.rowCount).map { row in
            var time: Int64 = 0
            var parts: [String] = []
            for column in batch.columns {
                if case .time(let values) = column.values {
                    time = values[row]
                    continue
                }
                guard column.validity[row] else { continue }
                parts.append(column.name + "=" + value(column.values, row))
            }
            return "\(time)\t" + parts.joined(separator: ",")
        }
    }

    private static func value(_ values: ColumnValues, _ row: Int) -> String {
        switch values {
        case .tag(let dictionary, let codes): dictionary[Int(codes[row])]
        case .time(let array): String(array[row])
        case .float(let array): String(array[row])
        case .integer(let array): "\(array[row])i"
        case .uinteger(let array): "\(array[row])u"
        case .string(let array): "\"" + array[row] + "\""
        case .boolean(let array): String(array[row])
        case .date, .interval, .binary, .structure, .list, .decimal:
            preconditionFailure("stored chunks hold storage types only")
        }
    }
}

/// Writes command output to stdout directly (Sources use no print; see TidyTests).
enum FileOutput {
    static func standardOutput(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(1, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }
}
