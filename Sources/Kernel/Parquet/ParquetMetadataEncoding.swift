// Thrift compact encoders for the metadata structs, field ids as in parquet.thrift.

extension LogicalType {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            switch self {
            case .string:
                writer.writeStructField(1) { _ in }
            case .timestampNanos(let adjusted):
                writer.writeStructField(8) { writer in
                    writer.writeBoolField(1, adjusted)
                    // TimeUnit union: field 3 is NANOS (an empty struct).
                    writer.writeStructField(2) { writer in writer.writeStructField(3) { _ in } }
                }
            case .integer(let bitWidth, let signed):
                writer.writeStructField(10) { writer in
                    writer.writeByteField(1, bitWidth)
                    writer.writeBoolField(2, signed)
                }
            case .date:
                writer.writeStructField(6) { _ in }
            case .timeNanos(let adjusted):
                writer.writeStructField(7) { writer in
                    writer.writeBoolField(1, adjusted)
                    writer.writeStructField(2) { writer in writer.writeStructField(3) { _ in } }
                }
            case .timestampUnit(let adjusted, let unit):
                writer.writeStructField(8) { writer in
                    writer.writeBoolField(1, adjusted)
                    writer.writeStructField(2) { writer in writer.writeStructField(unit) { _ in } }
                }
            case .timeUnit(let adjusted, let unit):
                writer.writeStructField(7) { writer in
                    writer.writeBoolField(1, adjusted)
                    writer.writeStructField(2) { writer in writer.writeStructField(unit) { _ in } }
                }
            case .list:
                writer.writeStructField(3) { _ in }
            case .map:
                writer.writeStructField(2) { _ in }
            case .decimal(let scale, let precision):
                writer.writeStructField(5) { writer in
                    writer.writeI32Field(1, scale)
                    writer.writeI32Field(2, precision)
                }
            case .timestampOther, .other:
                // Never produced by the writer; an empty union is the least harmful encoding.
                break
            }
        }
    }
}

extension SchemaElement {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            if let type { writer.writeI32Field(1, type.rawValue) }
            if let typeLength { writer.writeI32Field(2, typeLength) }
            if let repetition { writer.writeI32Field(3, repetition.rawValue) }
            writer.writeStringField(4, name)
            if let numChildren { writer.writeI32Field(5, numChildren) }
            if let convertedType { writer.writeI32Field(6, convertedType.rawValue) }
            if let scale { writer.writeI32Field(7, scale) }
            if let precision { writer.writeI32Field(8, precision) }
            if let logicalType {
                writer.writeFieldHeader(id: 10, type: .structure)
                logicalType.encode(to: &writer)
            }
        }
    }
}

extension Statistics {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            if let nullCount { writer.writeI64Field(3, nullCount) }
            if let maxValue { writer.writeBinaryField(5, maxValue) }
            if let minValue { writer.writeBinaryField(6, minValue) }
        }
    }
}

extension PageHeader {
    /// The serialised header, written directly in front of the page body.
    func encoded() -> [UInt8] {
        var writer = ThriftCompactWriter()
        writer.writeStruct { writer in
            writer.writeI32Field(1, type.rawValue)
            writer.writeI32Field(2, uncompressedPageSize)
            writer.writeI32Field(3, compressedPageSize)
            if let data = dataPageHeader {
                writer.writeStructField(5) { writer in
                    writer.writeI32Field(1, data.numValues)
                    writer.writeI32Field(2, data.encoding.rawValue)
                    writer.writeI32Field(3, data.definitionLevelEncoding.rawValue)
                    writer.writeI32Field(4, data.repetitionLevelEncoding.rawValue)
                }
            }
            if let dictionary = dictionaryPageHeader {
                writer.writeStructField(7) { writer in
                    writer.writeI32Field(1, dictionary.numValues)
                    writer.writeI32Field(2, dictionary.encoding.rawValue)
                }
            }
        }
        return writer.bytes
    }
}

extension KeyValue {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            writer.writeStringField(1, key)
            if let value { writer.writeStringField(2, value) }
        }
    }
}

extension ColumnMetaData {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            writer.writeI32Field(1, type.rawValue)
            writer.writeListField(2, elementType: .i32, encodings) { $0.writeI32($1.rawValue) }
            writer.writeListField(3, elementType: .binary, pathInSchema) { $0.writeString($1) }
            writer.writeI32Field(4, codec.rawValue)
            writer.writeI64Field(5, numValues)
            writer.writeI64Field(6, totalUncompressedSize)
            writer.writeI64Field(7, totalCompressedSize)
            writer.writeI64Field(9, dataPageOffset)
            if let dictionaryPageOffset { writer.writeI64Field(11, dictionaryPageOffset) }
            if let statistics {
                writer.writeFieldHeader(id: 12, type: .structure)
                statistics.encode(to: &writer)
            }
        }
    }
}

extension RowGroup {
    func encode(to writer: inout ThriftCompactWriter) {
        writer.writeStruct { writer in
            writer.writeListField(1, elementType: .structure, columns) { writer, chunk in
                writer.writeStruct { writer in
                    writer.writeI64Field(2, chunk.fileOffset)
                    if let meta = chunk.metaData {
                        writer.writeFieldHeader(id: 3, type: .structure)
                        meta.encode(to: &writer)
                    }
                }
            }
            writer.writeI64Field(2, totalByteSize)
            writer.writeI64Field(3, numRows)
            if let fileOffset { writer.writeI64Field(5, fileOffset) }
            if let totalCompressedSize { writer.writeI64Field(6, totalCompressedSize) }
        }
    }
}

extension FileMetaData {
    /// The serialised footer (without the trailing length and magic).
    func encoded() -> [UInt8] {
        var writer = ThriftCompactWriter()
        writer.writeStruct { writer in
            writer.writeI32Field(1, version)
            writer.writeListField(2, elementType: .structure, schema) { $1.encode(to: &$0) }
            writer.writeI64Field(3, numRows)
            writer.writeListField(4, elementType: .structure, rowGroups) { $1.encode(to: &$0) }
            if let keyValueMetadata {
                writer.writeListField(5, elementType: .structure, keyValueMetadata) { $1.encode(to: &$0) }
            }
            if let createdBy { writer.writeStringField(6, createdBy) }
            if columnOrderCount > 0 {
                // ColumnOrder union, field 1 = TYPE_ORDER (an empty TypeDefinedOrder struct).
                let orders = Array(repeating: (), count: columnOrderCount)
                writer.writeListField(7, elementType: .structure, orders) { writer, _ in
                    writer.writeStruct { writer in writer.writeStructField(1) { _ in } }
                }
            }
        }
        return writer.bytes
    }
}
