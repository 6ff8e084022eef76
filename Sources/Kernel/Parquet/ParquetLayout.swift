import Kernel

/// One primitive (leaf) column of the file: its path through the groups and the largest
/// definition and repetition levels its values can have (Dremel).
struct ParquetLeaf: Sendable, Equatable {
    var path: [String]
    var mapping: LeafMapping
    /// Whether the leaf field itself is OPTIONAL (its null rows hold no value).
    var nullable: Bool
    var maxDefinitionLevel: UInt8
    var maxRepetitionLevel: UInt8
}

/// How the rows of one nested column reach its leaves: the tree of groups with the level
/// context below each one, as in arrow-rs's `LevelInfoBuilder`. A subtree's leaves are a
/// contiguous range of the writer's leaf buffers (depth-first order).
indirect enum LevelNode: Sendable {
    case leaf(Int)
    /// `definition` is the level of a present struct (its own OPTIONAL counted).
    case structure(children: [LevelNode], nullable: Bool, definition: UInt8, repetition: UInt8, leaves: Range<Int>)
    /// `definition`/`repetition` are those of a present list item's slot (the repeated level).
    case list(item: LevelNode, nullable: Bool, definition: UInt8, repetition: UInt8, leaves: Range<Int>)
}

/// The file layout of a `ParquetSchema`: the flattened Parquet schema elements, the leaf columns
/// and, per top-level column, either its one leaf (flat, the fast path) or its level tree.
struct ParquetLayout: Sendable {
    /// A top-level column: a leaf at definition level ≤ 1, or a group.
    enum Column: Sendable {
        case flat(Int)
        case nested(LevelNode)
    }

    private(set) var elements: [SchemaElement]
    private(set) var leaves: [ParquetLeaf] = []
    private(set) var columns: [Column] = []

    /// Levels are bytes in the buffers; real results nest a handful of levels.
    private static let maxLevel = 200

    init(_ schema: ParquetSchema) throws(ParquetError) {
        elements = [SchemaElement(name: "schema", numChildren: Int32(clamping: schema.columns.count))]
        for column in schema.columns {
            let node = try add(
                column.name, column.type, nullable: column.nullable, path: [], definition: 0, repetition: 0)
            if case .leaf(let index) = node {
                columns.append(.flat(index))
            } else {
                columns.append(.nested(node))
            }
        }
    }

    private mutating func add(
        _ name: String, _ type: ValueType, nullable: Bool, path: [String], definition: Int, repetition: Int
    ) throws(ParquetError) -> LevelNode {
        guard definition + 2 <= Self.maxLevel else { throw .unsupported("column '\(name)' is nested too deeply") }
        let repetitionType: Repetition = nullable ? .optional : .required
        let own = nullable ? 1 : 0
        let first = leaves.count
        switch try ParquetNode(type) {
        case .leaf(let mapping):
            var element = SchemaElement(type: mapping.physicalType, repetition: repetitionType, name: name)
            element.convertedType = mapping.convertedType
            element.logicalType = mapping.logicalType
            if case .fixedBytes(let length) = mapping.storage { element.typeLength = length }
            if case .decimal(let scale, let precision)? = mapping.logicalType {
                element.scale = scale
                element.precision = precision
            }
            elements.append(element)
            leaves.append(
                ParquetLeaf(
                    path: path + [name], mapping: mapping, nullable: nullable,
                    maxDefinitionLevel: UInt8(definition + own), maxRepetitionLevel: UInt8(repetition)))
            return .leaf(first)
        case .structure(let fields):
            elements.append(
                SchemaElement(repetition: repetitionType, name: name, numChildren: Int32(clamping: fields.count)))
            var children: [LevelNode] = []
            for field in fields {
                children.append(
                    try add(
                        field.name, field.type, nullable: field.nullable, path: path + [name],
                        definition: definition + own, repetition: repetition))
            }
            return .structure(
                children: children, nullable: nullable, definition: UInt8(definition + own),
                repetition: UInt8(repetition), leaves: first..<leaves.count)
        case .map(let entries, let fields):
            return try addMap(
                name, entries: entries, fields: fields, nullable: nullable, path: path, definition: definition,
                repetition: repetition)
        case .list(let item):
            // arrow-rs: `<name> (LIST) { repeated group list { <item field> } }`, the item keeping
            // its Arrow name (`item`).
            elements.append(
                SchemaElement(
                    repetition: repetitionType, name: name, numChildren: 1, convertedType: .list, logicalType: .list))
            elements.append(SchemaElement(repetition: .repeated, name: "list", numChildren: 1))
            let itemNode = try add(
                item.name, item.type, nullable: item.nullable, path: path + [name, "list"],
                definition: definition + own + 1, repetition: repetition + 1)
            return .list(
                item: itemNode, nullable: nullable, definition: UInt8(definition + own + 1),
                repetition: UInt8(repetition + 1), leaves: first..<leaves.count)
        }
    }

    /// arrow-rs: `<name> (MAP) { repeated group entries { required key; <value> } }`; its levels
    /// are those of a list of a non-null struct.
    private mutating func addMap(
        _ name: String, entries: ValueField, fields: NestedFields, nullable: Bool, path: [String], definition: Int,
        repetition: Int
    ) throws(ParquetError) -> LevelNode {
        let repetitionType: Repetition = nullable ? .optional : .required
        let own = nullable ? 1 : 0
        let first = leaves.count
        // arrow-rs: `<name> (MAP) { repeated group entries { required key; <value> } }`; its
        // levels are those of a list of a non-null struct.
        elements.append(
            SchemaElement(
                repetition: repetitionType, name: name, numChildren: 1, convertedType: .map, logicalType: .map))
        elements.append(
            SchemaElement(repetition: .repeated, name: entries.name, numChildren: Int32(clamping: fields.count)))
        var children: [LevelNode] = []
        for field in fields {
            children.append(
                try add(
                    field.name, field.type, nullable: field.nullable, path: path + [name, entries.name],
                    definition: definition + own + 1, repetition: repetition + 1))
        }
        let item = LevelNode.structure(
            children: children, nullable: false, definition: UInt8(definition + own + 1),
            repetition: UInt8(repetition + 1), leaves: first..<leaves.count)
        return .list(
            item: item, nullable: nullable, definition: UInt8(definition + own + 1),
            repetition: UInt8(repetition + 1), leaves: first..<leaves.count)
    }
}
