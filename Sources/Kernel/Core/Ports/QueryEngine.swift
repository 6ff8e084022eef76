/// Executes SQL or InfluxQL for a database and returns the result as batches, reading table data
/// through `ChunkSource` and the schema through `Catalog`.
///
/// Implementation requirements (for the query work that implements this port):
/// - Errors carry the kind the HTTP layer maps (bad syntax and planning errors `invalidInput`,
///   unknown database `notFound`, unsupported features `notImplemented`).
/// - Results are streamed in batches; the engine never materialises a whole table it can stream.
public protocol QueryEngine: Sendable {
    func execute(_ query: QueryRequest) async throws(KernelError) -> QueryResult
}

/// One query as every dialect hands it to the engine.
public struct QueryRequest: Sendable, Hashable {
    /// The language of `text`.
    public enum Language: Sendable, Hashable {
        case sql
        case influxQL
    }

    public var database: String?
    public var text: String
    public var language: Language
    /// Values of `$name` placeholders, from the request's `params`.
    public var parameters: [String: QueryParameterValue]

    public init(
        database: String?,
        text: String,
        language: Language,
        parameters: [String: QueryParameterValue] = [:]
    ) {
        self.database = database
        self.text = text
        self.language = language
        self.parameters = parameters
    }
}

/// A bound parameter value as JSON can carry it.
public enum QueryParameterValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case uinteger(UInt64)
    case float(Double)
    case string(String)
}

/// A column of a query result: its name and type.
public struct ResultColumn: Sendable, Hashable {
    public var name: String
    public var type: ValueType

    public init(name: String, type: ValueType) {
        self.name = name
        self.type = type
    }
}

/// A query's result: its columns and a stream of its batches, pulled by the consumer (the
/// HTTP layer encodes each batch as it arrives, so a large result is never held whole).
public struct QueryResult: Sendable {
    public var columns: [ResultColumn]
    public let stream: ResultStream

    public init(columns: [ResultColumn], stream: ResultStream) {
        self.columns = columns
        self.stream = stream
    }

    /// A result whose batches are already computed.
    public init(columns: [ResultColumn], batches: [RecordBatch]) {
        self.init(columns: columns, stream: ResultStream(batches: batches))
    }

    /// Every remaining batch (for small results and tests).
    public func collect() throws(KernelError) -> [RecordBatch] {
        var batches: [RecordBatch] = []
        while let batch = try stream.next() { batches.append(batch) }
        return batches
    }
}
