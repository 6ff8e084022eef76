/// Executes SQL or InfluxQL for a database and returns the result as batches, reading table data
/// through `ChunkSource` and the schema through `Catalog`.
///
/// Implementation requirements (for the query work that implements this port):
/// - Errors carry the kind the HTTP layer maps (bad syntax `invalidInput`, unknown database
///   `notFound`, unsupported feature `invalidInput` with a "not implemented" message).
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

    public init(database: String?, text: String, language: Language) {
        self.database = database
        self.text = text
        self.language = language
    }
}

/// A query's result: its batches in order.
public struct QueryResult: Sendable {
    public var batches: [RecordBatch]

    public init(batches: [RecordBatch]) {
        self.batches = batches
    }
}
