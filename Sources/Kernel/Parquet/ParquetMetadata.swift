// Swift mirrors of the parts of parquet.thrift (apache/parquet-format) this package writes and
// reads. Field ids in the encoders and decoders are those of the spec.

/// Parquet physical types (`Type` in parquet.thrift).
enum PhysicalType: Int32, Sendable {
    case boolean = 0
    case int32 = 1
    case int64 = 2
    case int96 = 3
    case float = 4
    case double = 5
    case byteArray = 6
    case fixedLenByteArray = 7
}

/// Deprecated annotations still written next to logical types for older readers.
enum ConvertedType: Int32, Sendable {
    case utf8 = 0
    case map = 1
    case decimal = 5
    case list = 3
    case date = 6
    case uint8 = 11
    case uint16 = 12
    case uint32 = 13
    case uint64 = 14
    case int8 = 15
    case int16 = 16
    case int32 = 17
    case int64 = 18
}

/// Whether a column may hold nulls (`FieldRepetitionType`).
enum Repetition: Int32, Sendable {
    case required = 0
    case optional = 1
    case repeated = 2
}

/// Page and column encodings (`Encoding`).
enum Encoding: Int32, Sendable {
    case plain = 0
    case plainDictionary = 2
    case rle = 3
    case bitPacked = 4
    case rleDictionary = 8
}

/// Page compression codecs (`CompressionCodec`).
enum CompressionCodec: Int32, Sendable {
    case uncompressed = 0
    case snappy = 1
    case gzip = 2
    case zstd = 6
}

/// Page kinds (`PageType`).
enum PageType: Int32, Sendable {
    case dataPage = 0
    case indexPage = 1
    case dictionaryPage = 2
    case dataPageV2 = 3
}

/// The logical types this package uses (`LogicalType` union).
enum LogicalType: Sendable, Equatable {
    case string
    /// TIMESTAMP(isAdjustedToUTC, unit = NANOS); the only unit written.
    case timestampNanos(adjustedToUTC: Bool)
    /// A timestamp in another unit: read back as nanoseconds is not supported.
    case timestampOther
    case integer(bitWidth: Int8, signed: Bool)
    /// DATE: days since the epoch in an INT32.
    case date
    /// TIME(isAdjustedToUTC, unit = NANOS) in an INT64.
    case timeNanos(adjustedToUTC: Bool)
    /// TIMESTAMP or TIME in milliseconds or microseconds (the `TimeUnit` union's field 1 or 2),
    /// written for Arrow's coarser units.
    case timestampUnit(adjustedToUTC: Bool, unitField: Int16)
    case timeUnit(adjustedToUTC: Bool, unitField: Int16)
    /// DECIMAL(scale, precision) on INT32, INT64 or FIXED_LEN_BYTE_ARRAY.
    case decimal(scale: Int32, precision: Int32)
    /// The annotation of a three-level list group.
    case list
    /// The annotation of a map group (around its repeated key/value group).
    case map
    case other
}

/// One node of the flattened schema tree (`SchemaElement`); the root has `numChildren`.
struct SchemaElement: Sendable, Equatable {
    var type: PhysicalType?
    var repetition: Repetition?
    var name: String
    var numChildren: Int32?
    var convertedType: ConvertedType?
    var logicalType: LogicalType?
    /// FIXED_LEN_BYTE_ARRAY's width; a DECIMAL's scale and precision (the deprecated fields).
    var typeLength: Int32?
    var scale: Int32?
    var precision: Int32?
}

/// Column chunk or page statistics (`Statistics`); values are PLAIN-encoded without length prefix.
struct Statistics: Sendable, Equatable {
    var nullCount: Int64?
    var maxValue: [UInt8]?
    var minValue: [UInt8]?
}

/// Header of a v1 data page (`DataPageHeader`).
struct DataPageHeader: Sendable, Equatable {
    var numValues: Int32
    var encoding: Encoding
    var definitionLevelEncoding: Encoding
    var repetitionLevelEncoding: Encoding
}

/// Header of a dictionary page (`DictionaryPageHeader`).
struct DictionaryPageHeader: Sendable, Equatable {
    var numValues: Int32
    var encoding: Encoding
}

/// The header preceding every page (`PageHeader`).
struct PageHeader: Sendable, Equatable {
    var type: PageType
    var uncompressedPageSize: Int32
    var compressedPageSize: Int32
    var dataPageHeader: DataPageHeader?
    var dictionaryPageHeader: DictionaryPageHeader?
}

/// A key/value pair of file metadata (`KeyValue`), e.g. `ARROW:schema`.
struct KeyValue: Sendable, Equatable {
    var key: String
    var value: String?
}

/// Where a column chunk is and how it is encoded (`ColumnMetaData`).
struct ColumnMetaData: Sendable, Equatable {
    var type: PhysicalType
    var encodings: [Encoding]
    var pathInSchema: [String]
    var codec: CompressionCodec
    var numValues: Int64
    var totalUncompressedSize: Int64
    var totalCompressedSize: Int64
    var dataPageOffset: Int64
    var dictionaryPageOffset: Int64?
    var statistics: Statistics?
}

/// One column of a row group (`ColumnChunk`); the metadata is always inline in files we write.
struct ColumnChunk: Sendable, Equatable {
    var fileOffset: Int64
    var metaData: ColumnMetaData?
}

/// A horizontal slice of the file (`RowGroup`).
struct RowGroup: Sendable, Equatable {
    var columns: [ColumnChunk]
    var totalByteSize: Int64
    var numRows: Int64
    var fileOffset: Int64?
    var totalCompressedSize: Int64?
}

/// The footer (`FileMetaData`). `columnOrderCount` TYPE_DEFINED_ORDER entries are written so
/// readers trust `min_value`/`max_value` (ordered per logical type, e.g. unsigned for UINT_64).
struct FileMetaData: Sendable, Equatable {
    var version: Int32
    var schema: [SchemaElement]
    var numRows: Int64
    var rowGroups: [RowGroup]
    var keyValueMetadata: [KeyValue]?
    var createdBy: String?
    var columnOrderCount: Int = 0
}
