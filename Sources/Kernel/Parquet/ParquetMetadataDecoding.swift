// Thrift compact decoders for the metadata structs. Unknown fields are skipped; missing required
// fields and unknown enum values of fields we rely on are reported as corrupt or unsupported input.

extension ThriftCompactReader {
    mutating func readEnum<E: RawRepresentable>(_: E.Type, _ what: String) throws(ParquetError) -> E
    where E.RawValue == Int32 {
        let raw = try readI32()
        guard let value = E(rawValue: raw) else { throw .unsupported("\(what) \(raw)") }
        return value
    }

    /// Reads an empty-struct union and returns the id of the member that was set.
    mutating func readUnionMember(
        _ member: (inout ThriftCompactReader, Int16, ThriftType) throws(ParquetError) -> Bool = { _, _, _ in false }
    ) throws(ParquetError) -> Int16 {
        var chosen: Int16 = 0
        try readStruct { reader, id, type throws(ParquetError) in
            chosen = id
            return try member(&reader, id, type)
        }
        return chosen
    }

    mutating func readLogicalType() throws(ParquetError) -> LogicalType {
        var result = LogicalType.other
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .structure):
                try reader.skip(.structure)
                result = .string
            case (7, .structure), (8, .structure):
                // TimeType and TimestampType: isAdjustedToUTC, then the TimeUnit union (3 = NANOS).
                var adjusted = false
                var unit: Int16 = 0
                try reader.readStruct { reader, id, type throws(ParquetError) in
                    if id == 1 { adjusted = try Self.boolValue(type) }
                    if id == 2 && type == .structure { unit = try reader.readUnionMember() }
                    return id == 1 || (id == 2 && type == .structure)
                }
                if id == 7 {
                    result = unit == 3 ? .timeNanos(adjustedToUTC: adjusted) : .other
                } else {
                    result = unit == 3 ? .timestampNanos(adjustedToUTC: adjusted) : .timestampOther
                }
            case (10, .structure):
                var bitWidth: Int8 = 0
                var signed = true
                try reader.readStruct { reader, id, type throws(ParquetError) in
                    if id == 1 && type == .byte { bitWidth = Int8(bitPattern: try reader.readByte()) }
                    if id == 2 { signed = try Self.boolValue(type) }
                    return (id == 1 && type == .byte) || id == 2
                }
                result = .integer(bitWidth: bitWidth, signed: signed)
            default:
                return false
            }
            return true
        }
        return result
    }

    mutating func readSchemaElement() throws(ParquetError) -> SchemaElement {
        var element = SchemaElement(name: "")
        var sawName = false
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .i32): element.type = try reader.readEnum(PhysicalType.self, "physical type")
            case (3, .i32): element.repetition = try reader.readEnum(Repetition.self, "repetition")
            case (4, .binary):
                element.name = try reader.readString()
                sawName = true
            case (5, .i32): element.numChildren = try reader.readI32()
            case (6, .i32): element.convertedType = ConvertedType(rawValue: try reader.readI32())
            case (10, .structure): element.logicalType = try reader.readLogicalType()
            default: return false
            }
            return true
        }
        guard sawName else { throw .corrupt("schema element without name") }
        return element
    }

    mutating func readStatistics() throws(ParquetError) -> Statistics {
        var stats = Statistics()
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (3, .i64): stats.nullCount = try reader.readI64()
            case (5, .binary): stats.maxValue = try reader.readBinary()
            case (6, .binary): stats.minValue = try reader.readBinary()
            default: return false
            }
            return true
        }
        return stats
    }

    mutating func readPageHeader() throws(ParquetError) -> PageHeader {
        var type: PageType?
        var sizes: (Int32?, Int32?) = (nil, nil)
        var data: DataPageHeader?
        var dictionary: DictionaryPageHeader?
        try readStruct { reader, id, fieldType throws(ParquetError) in
            switch (id, fieldType) {
            case (1, .i32): type = try reader.readEnum(PageType.self, "page type")
            case (2, .i32): sizes.0 = try reader.readI32()
            case (3, .i32): sizes.1 = try reader.readI32()
            case (5, .structure): data = try reader.readDataPageHeader()
            case (7, .structure): dictionary = try reader.readDictionaryPageHeader()
            default: return false
            }
            return true
        }
        guard let type, let uncompressed = sizes.0, let compressed = sizes.1, uncompressed >= 0, compressed >= 0
        else { throw .corrupt("page header missing required fields") }
        return PageHeader(
            type: type, uncompressedPageSize: uncompressed, compressedPageSize: compressed,
            dataPageHeader: data, dictionaryPageHeader: dictionary)
    }

    mutating func readDataPageHeader() throws(ParquetError) -> DataPageHeader {
        var numValues: Int32?
        var encodings: [Encoding?] = [nil, nil, nil]
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .i32): numValues = try reader.readI32()
            case (2...4, .i32): encodings[Int(id) - 2] = try reader.readEnum(Encoding.self, "encoding")
            default: return false
            }
            return true
        }
        guard let numValues, numValues >= 0, let encoding = encodings[0], let def = encodings[1],
            let rep = encodings[2]
        else { throw .corrupt("data page header missing required fields") }
        return DataPageHeader(
            numValues: numValues, encoding: encoding, definitionLevelEncoding: def, repetitionLevelEncoding: rep)
    }

    mutating func readDictionaryPageHeader() throws(ParquetError) -> DictionaryPageHeader {
        var numValues: Int32?
        var encoding: Encoding?
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .i32): numValues = try reader.readI32()
            case (2, .i32): encoding = try reader.readEnum(Encoding.self, "encoding")
            default: return false
            }
            return true
        }
        guard let numValues, numValues >= 0, let encoding else {
            throw .corrupt("dictionary page header missing required fields")
        }
        return DictionaryPageHeader(numValues: numValues, encoding: encoding)
    }

    mutating func readKeyValue() throws(ParquetError) -> KeyValue {
        var pair = KeyValue(key: "")
        try readStruct { reader, id, type throws(ParquetError) in
            switch (id, type) {
            case (1, .binary): pair.key = try reader.readString()
            case (2, .binary): pair.value = try reader.readString()
            default: return false
            }
            return true
        }
        return pair
    }
}
