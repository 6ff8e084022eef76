import Kernel
import LineProtocol
import Testing

/// Random bodies exercise the caches (key layout, series, dictionaries): every row read back
/// from the batches must equal what the line says on its own.
@Suite struct DifferentialTests {
    struct Row: Equatable {
        var tags: [String: String] = [:]
        var fields: [String: String] = [:]
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func rowsMatchTheirLines(seed: UInt64) throws {
        var random = SplitMix(state: seed)
        var lines: [String] = []
        var expected: [Row] = []
        let values = ["x", "y", "z\\ z", "w\\,w", "v=v"]
        let decoded = ["x", "y", "z z", "w,w", "v=v"]
        for index in 0..<3000 {
            var row = Row()
            var line = "m"
            for key in ["a", "b", "c", "a"] where random.next() % 3 != 0 {
                let pick = Int(random.next() % UInt64(values.count))
                line += ",\(key)=\(values[pick])"
                row.tags[key] = decoded[pick]
            }
            var fields: [String] = []
            if random.next() % 2 == 0 || index % 7 == 0 {
                fields.append("f=\(index).5")
                row.fields["f"] = "\(Double(index) + 0.5)"
            }
            if random.next() % 2 == 0 {
                fields.append("g=\(index)i")
                row.fields["g"] = "\(index)"
            }
            if fields.isEmpty || random.next() % 4 == 0 {
                fields.append("s=\"q\(index)\"")
                row.fields["s"] = "q\(index)"
            }
            lines.append(line + " " + fields.joined(separator: ",") + " \(index)")
            expected.append(row)
        }
        let result = parse(lines.joined(separator: "\n"))
        #expect(result.errors.isEmpty)
        let batch = try #require(result.tables.first)
        #expect(batch.checkInvariants())
        #expect(batch.rowCount == expected.count)
        for row in 0..<batch.rowCount {
            #expect(read(batch, row) == expected[row], "row \(row): \(lines[row])")
        }
    }

    private func read(_ batch: TableWriteBatch, _ row: Int) -> Row {
        var result = Row()
        for tag in batch.tags {
            if let value = tag.value(at: row) { result.tags[tag.name] = value }
        }
        for field in batch.fields where field.validity[row] {
            switch field.values {
            case .float(let values): result.fields[field.name] = "\(values[row])"
            case .integer(let values): result.fields[field.name] = "\(values[row])"
            case .string(let values): result.fields[field.name] = values[row]
            case .uinteger(let values): result.fields[field.name] = "\(values[row])"
            case .boolean(let values): result.fields[field.name] = "\(values[row])"
            }
        }
        return result
    }
}

/// A tiny deterministic generator so failures reproduce.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
