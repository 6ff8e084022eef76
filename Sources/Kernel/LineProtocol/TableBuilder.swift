import Kernel

/// Where a column of a table builder lives, and the last line that used it (to spot a field
/// given twice in one line without any per-line clearing).
struct ColumnSlot {
    let type: ColumnType
    /// Index into the builder's tag or field columns, depending on `type`.
    let index: Int32
    var lineStamp: Int
}

/// Columns the current line would add to its table, decided but not yet created.
struct PendingColumns {
    var tokens: [Token] = []
    var names: [String] = []
    var types: [ColumnType] = []
    var isNewToCatalog: [Bool] = []
    var newToCatalogCount = 0

    mutating func reset() {
        guard !tokens.isEmpty else { return }
        tokens.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
        types.removeAll(keepingCapacity: true)
        isNewToCatalog.removeAll(keepingCapacity: true)
        newToCatalogCount = 0
    }
}

/// The rows one request writes to one table, as columns, plus what is needed to validate a line
/// against them: the catalog's column types (hints), the column limit, and a per-position cache
/// of the previous line's columns so homogeneous lines resolve keys with one byte comparison.
struct TableBuilder {
    let name: String
    let hints: [String: ColumnType]
    /// Columns the catalog already has for this table (`time` not counted).
    let hintedColumnCount: Int
    /// Columns accepted lines added that the catalog does not have yet.
    private(set) var addedColumnCount = 0
    private var columnNames = ByteKeyTable()
    private var slots: [ColumnSlot] = []
    private var tags: [TagColumnBuilder] = []
    private var fields: [FieldColumnBuilder] = []
    private var timestamps: [Int64] = []
    /// Column of each key position (tags, then fields) of the last accepted line.
    private var layout: [Int32] = []
    private var seriesCache = SeriesCache()

    init(name: String, hints: [String: ColumnType]) {
        self.name = name
        self.hints = hints
        self.hintedColumnCount = hints.values.reduce(0) { $0 + ($1 == .time ? 0 : 1) }
    }

    /// Validates the line's keys against this table and, when all pass, appends the row.
    /// `resolved` and `pending` are caller-owned scratch; nothing is changed when this throws.
    mutating func append(
        _ line: LineScratch, timestamp: Int64, stamp: Int, maxColumns: Int,
        resolved: inout [Int32], pending: inout PendingColumns
    ) throws(LineFailure) {
        resolved.removeAll(keepingCapacity: true)
        pending.reset()
        var series: Range<Int>?
        var seriesHash: UInt64 = 0
        if line.rawTagSet.count > 0 {
            seriesHash = hashBytes(line.rawTagSet.base, line.rawTagSet.count)
            series = seriesCache.lookup(line.rawTagSet, hash: seriesHash)
        }
        if series != nil {
            // Known tag set: its keys were validated when it was first accepted.
            resolved.append(contentsOf: repeatElement(Self.unresolved, count: line.tagKeys.count))
        } else {
            for position in line.tagKeys.indices {
                let column = try resolve(line.tagKeys[position], position, .tag, stamp, maxColumns, &pending)
                resolved.append(column)
            }
        }
        let tagCount = line.tagKeys.count
        for position in line.fieldKeys.indices {
            let type = line.fieldValues[position].columnType
            let column = try resolve(line.fieldKeys[position], tagCount + position, type, stamp, maxColumns, &pending)
            resolved.append(column)
        }
        commit(line, timestamp: timestamp, stamp: stamp, resolved: &resolved, pending: pending)
        appendTags(line, series: series, seriesHash: seriesHash, resolved: resolved)
    }

    /// Marks tag positions skipped thanks to the series cache.
    private static let unresolved = Int32.min

    /// Appends the row's tag codes (after `commit` appended everything else), from the series
    /// cache when the raw tag set is known, else by dictionary lookups, recording the tag set.
    private mutating func appendTags(_ line: LineScratch, series: Range<Int>?, seriesHash: UInt64, resolved: [Int32]) {
        let row = timestamps.count - 1
        if let series {
            for index in series { tags[Int(seriesCache.columns[index])].codes.append(seriesCache.codes[index]) }
        } else {
            for position in line.tagKeys.indices {
                tags[Int(slots[Int(resolved[position])].index)].set(line.tagValues[position], row: row)
            }
            if line.rawTagSet.count > 0, seriesCache.isWorthRecording(rows: timestamps.count) {
                for position in line.tagKeys.indices {
                    let tag = slots[Int(resolved[position])].index
                    seriesCache.add(column: tag, code: tags[Int(tag)].codes[row])
                }
                seriesCache.finishEntry(line.rawTagSet, hash: seriesHash)
            }
        }
        // Not skipped when the line has as many tags as the table: a duplicated tag hides a gap.
        for tag in tags.indices where tags[tag].codes.count == row { tags[tag].codes.append(-1) }
    }

    /// The column for a key: an existing column (index >= 0) or a pending one (-1 - pending index).
    @inline(__always)
    private mutating func resolve(
        _ key: Token, _ position: Int, _ type: ColumnType, _ stamp: Int, _ maxColumns: Int,
        _ pending: inout PendingColumns
    ) throws(LineFailure) -> Int32 {
        var column: Int32 = -1
        if position < layout.count {
            let candidate = layout[position]
            if candidate >= 0, columnNames.keyEquals(Int(candidate), key) { column = candidate }
        }
        if column < 0 { column = columnNames.find(key, hash: hashBytes(key.base, key.count)) }
        if column < 0 { return try resolvePending(key, type, maxColumns, &pending) }
        let slot = slots[Int(column)]
        if type != .tag, slot.type != .tag, slot.lineStamp == stamp {
            throw ValidationMessages.duplicateField(columnName(slot))
        }
        if slot.type != type {
            throw ValidationMessages.typeConflict(columnName(slot), expected: slot.type, got: type)
        }
        slots[Int(column)].lineStamp = stamp
        return column
    }

    /// A key this builder has no column for yet: reserved names, duplicates within the line,
    /// the catalog's type, and the column limit are checked here.
    private func resolvePending(
        _ key: Token, _ type: ColumnType, _ maxColumns: Int, _ pending: inout PendingColumns
    ) throws(LineFailure) -> Int32 {
        let name = key.makeString()
        if name == "time" || name == "__chunk_order" { throw ValidationMessages.reserved(name) }
        for index in pending.tokens.indices where pending.tokens[index].equals(key.base, key.count) {
            let other = pending.types[index]
            if other == .tag, type == .tag { return -1 - Int32(index) }
            if other != .tag, type != .tag { throw ValidationMessages.duplicateField(name) }
            throw ValidationMessages.typeConflict(name, expected: other, got: type)
        }
        var isNew = true
        if let hinted = hints[name] {
            if hinted != type { throw ValidationMessages.typeConflict(name, expected: hinted, got: type) }
            isNew = false
        }
        if isNew {
            if hintedColumnCount + addedColumnCount + pending.newToCatalogCount + 1 > maxColumns {
                throw ValidationMessages.columnLimit(maxColumns)
            }
            pending.newToCatalogCount += 1
        }
        pending.tokens.append(key)
        pending.names.append(name)
        pending.types.append(type)
        pending.isNewToCatalog.append(isNew)
        return -Int32(pending.tokens.count)
    }

    private func columnName(_ slot: ColumnSlot) -> String {
        slot.type == .tag ? tags[Int(slot.index)].name : fields[Int(slot.index)].name
    }

    /// Creates the pending columns (null for earlier rows) and appends the row; absent columns
    /// get a null so every column keeps one entry per row.
    private mutating func commit(
        _ line: LineScratch, timestamp: Int64, stamp: Int, resolved: inout [Int32], pending: PendingColumns
    ) {
        let row = timestamps.count
        let firstNew = Int32(slots.count)
        for index in pending.tokens.indices {
            createColumn(pending.tokens[index], pending.names[index], pending.types[index], rows: row, stamp: stamp)
            if pending.isNewToCatalog[index] { addedColumnCount += 1 }
        }
        if !pending.tokens.isEmpty {
            for position in resolved.indices where resolved[position] < 0 && resolved[position] != Self.unresolved {
                resolved[position] = firstNew + (-1 - resolved[position])
            }
        }
        let tagCount = line.tagKeys.count
        for position in line.fieldValues.indices {
            fields[Int(slots[Int(resolved[tagCount + position])].index)].append(line.fieldValues[position])
        }
        if line.fieldValues.count < fields.count {
            for field in fields.indices where fields[field].count == row { fields[field].appendNull() }
        }
        timestamps.append(timestamp)
        if layout.count != resolved.count {
            layout.removeAll(keepingCapacity: true)
            layout.append(contentsOf: resolved)
        } else {
            for position in resolved.indices where resolved[position] != Self.unresolved {
                layout[position] = resolved[position]
            }
        }
    }

    private mutating func createColumn(_ key: Token, _ name: String, _ type: ColumnType, rows: Int, stamp: Int) {
        if type == .tag {
            slots.append(ColumnSlot(type: type, index: Int32(tags.count), lineStamp: stamp))
            tags.append(TagColumnBuilder(name: name, nullRows: rows))
        } else {
            slots.append(ColumnSlot(type: type, index: Int32(fields.count), lineStamp: stamp))
            fields.append(FieldColumnBuilder(name: name, type: type, nullRows: rows))
        }
        columnNames.insert(key, hash: hashBytes(key.base, key.count))
    }

    /// The finished batch: tags and fields in order of first appearance.
    func build() -> TableWriteBatch {
        TableWriteBatch(
            tableName: name, timestamps: timestamps, tags: tags.map { $0.build() }, fields: fields.map { $0.build() })
    }
}
