import Kernel

// Definition and repetition levels of struct and list columns (Dremel), computed as arrow-rs's
// `LevelInfoBuilder` does (parquet/src/arrow/arrow_writer/levels.rs), so the leaves hold the
// same levels as InfluxDB 3's files:
//
// | slot                          | definition level        | repetition level             |
// |-------------------------------|-------------------------|------------------------------|
// | null struct                   | struct's level − 1      | the struct's (parent's)      |
// | null list                     | item slot level − 2     | item slot level − 1          |
// | empty list                    | item slot level − 1     | item slot level − 1          |
// | list item                     | as the item's subtree   | first item: slot level − 1,  |
// |                               |                         | later items: the slot level  |
// | leaf value (null)             | leaf maximum (− 1)      | leaf maximum                 |

extension LevelNode {
    /// Appends the levels and values of rows `rows` of `column` (of this node's type) to the
    /// leaf buffers of this subtree.
    func write(_ column: RecordColumn, rows: Range<Int>, into buffers: inout [ColumnBuffer]) throws(ParquetError) {
        switch self {
        case .leaf(let index):
            try buffers[index].append(column, rows: rows)
        case .structure(let children, let nullable, let definition, let repetition, let leaves):
            guard case .structure(let childColumns) = column.values, childColumns.columns.count == children.count,
                childColumns.columns.allSatisfy({ $0.validity.count == column.validity.count })
            else { throw .schemaMismatch("column '\(column.name)' does not hold its struct fields") }
            var runStart = rows.lowerBound
            while runStart < rows.upperBound {
                let present = !nullable || column.validity[runStart]
                var runEnd = runStart + 1
                while runEnd < rows.upperBound && (!nullable || column.validity[runEnd]) == present { runEnd += 1 }
                if present {
                    for (child, childColumn) in zip(children, childColumns.columns) {
                        try child.write(childColumn, rows: runStart..<runEnd, into: &buffers)
                    }
                } else {
                    for leaf in leaves {
                        buffers[leaf].appendEmpty(
                            definition: definition - 1, repetition: repetition, count: runEnd - runStart)
                    }
                }
                runStart = runEnd
            }
        case .list(let item, let nullable, let definition, let repetition, let leaves):
            guard case .list(let offsets, let items) = column.values, offsets.count == column.validity.count + 1,
                let itemColumn = items.columns.first
            else { throw .schemaMismatch("column '\(column.name)' does not hold list offsets and items") }
            let list = ListLevels(
                item: item, nullable: nullable, definition: definition, repetition: repetition, leaves: leaves,
                itemsHaveNoLists: leaves.allSatisfy { buffers[$0].maxRepetitionLevel == repetition })
            try list.write(column, offsets, itemColumn, rows: rows, into: &buffers)
        }
    }
}

/// The levels of a list column's rows. Consecutive present, non-empty rows are written as one
/// run of items when every item is one entry per leaf (no list inside the items): the first
/// entry of each row is then found from the offsets. Otherwise row by row, as arrow-rs does.
private struct ListLevels {
    let item: LevelNode
    let nullable: Bool
    let definition: UInt8
    let repetition: UInt8
    let leaves: Range<Int>
    let itemsHaveNoLists: Bool

    func write(
        _ column: RecordColumn, _ offsets: [Int32], _ items: RecordColumn, rows: Range<Int>,
        into buffers: inout [ColumnBuffer]
    ) throws(ParquetError) {
        var runStart: Int?
        for row in rows {
            let start = Int(offsets[row])
            let end = Int(offsets[row + 1])
            guard start >= 0, start <= end, end <= items.values.count else {
                throw .schemaMismatch("column '\(column.name)' has list offsets outside its items")
            }
            let isNull = nullable && !column.validity[row]
            if !isNull && start < end {
                if runStart == nil { runStart = row }
                if itemsHaveNoLists { continue }
            }
            if let first = runStart {
                try writeItems(offsets, items, rows: first..<(isNull || start == end ? row : row + 1), into: &buffers)
                runStart = nil
            }
            guard isNull || start == end else { continue }
            for leaf in leaves {
                buffers[leaf].appendEmpty(
                    definition: definition - (isNull ? 2 : 1), repetition: repetition - 1, count: 1)
            }
        }
        if let first = runStart { try writeItems(offsets, items, rows: first..<rows.upperBound, into: &buffers) }
    }

    /// Writes the items of present, non-empty rows `rows` and marks where each row starts.
    private func writeItems(
        _ offsets: [Int32], _ items: RecordColumn, rows: Range<Int>, into buffers: inout [ColumnBuffer]
    ) throws(ParquetError) {
        let base = Int(offsets[rows.lowerBound])
        let marks = leaves.map { buffers[$0].repetitionLevels.count }
        try item.write(items, rows: base..<Int(offsets[rows.upperBound]), into: &buffers)
        for (leaf, mark) in zip(leaves, marks) {
            if itemsHaveNoLists {
                for row in rows {
                    buffers[leaf].markListStart(after: mark + Int(offsets[row]) - base, repetition: repetition)
                }
            } else {
                buffers[leaf].markListStart(after: mark, repetition: repetition)
            }
        }
    }
}

extension ColumnBuffer {
    /// The entries from `mark` on are one list's items (deeper lists inside them have higher
    /// repetition levels); the first one starts the list, so it repeats at the parent's level.
    mutating func markListStart(after mark: Int, repetition: UInt8) {
        guard mark < repetitionLevels.count else { return }
        precondition(repetitionLevels[mark] <= repetition, "a list's first entry is at its own level or above")
        repetitionLevels[mark] = repetition - 1
    }
}
