import App
import HTTPSupport
import HTTPTypes
import Hummingbird
import Ingest
import Kernel
import KernelTesting
import Logging
import NIOCore
import NIOEmbedded
import QueryPlan
import TokenAuth
import WAL

/// A server wired exactly as the app wires it (router, middleware, write service, WAL, buffer),
/// on in-memory ports, answering requests in process without a socket.
final class TestServer: Sendable {
    let catalog: InMemoryCatalog
    let buffer: WriteBuffer
    let wal: WriteAheadLog
    let clock: ManualWallClock
    let environment: APIEnvironment
    let responder: RouterResponder<APIRequestContext>

    /// What a client sees of a response.
    struct Reply {
        var status: Int
        var headers: HTTPFields
        var body: String
        /// The body as sent (binary formats such as Parquet).
        var bytes: [UInt8] = []

        func header(_ name: String) -> String? {
            HTTPField.Name(name).flatMap { headers[$0] }
        }
    }

    /// Test servers run as `--without-auth` unless `withAuth` (tests about authentication);
    /// `disabledAuthz` is `--disable-authz`.
    init(
        limits: CatalogLimits = CatalogLimits(), maxRequestBytes: Int = 10_485_760, withAuth: Bool = false,
        disabledAuthz: [String] = []
    ) throws {
        let logger = Logger(label: "test")
        catalog = InMemoryCatalog(limits: limits)
        buffer = WriteBuffer()
        clock = ManualWallClock(nanoseconds: 1_700_000_000_123_456_789)
        let buffer = self.buffer
        wal = try WriteAheadLog.open(
            configuration: WALConfiguration(directory: "/wal"),
            fileIO: InMemoryFileIO(),
            logger: logger,
            replay: { buffer.insert($0.batch, sequence: $0.sequence) }
        )
        let writer = WriteService(catalog: catalog, wal: wal, buffer: buffer, clock: clock, logger: logger)
        let kernel = KernelServices(
            catalog: catalog,
            writer: writer,
            chunks: buffer,
            clock: clock,
            queryEngine: SQLQueryEngine(catalog: catalog, chunks: buffer, clock: clock, showsTokenHashes: withAuth)
        )
        environment = APIEnvironment(
            identity: ServerIdentity(
                version: ServerVersion.version,
                revision: ServerVersion.revision,
                processID: "0190b3c4-0000-7000-8000-000000000001",
                clusterUUID: catalog.catalogUUID
            ),
            maxRequestBytes: maxRequestBytes,
            auth: AuthSettings(
                mode: withAuth ? .tokens(TokenAuthenticator(catalog: catalog, clock: clock)) : .disabled,
                disabledAuthz: disabledAuthz)
        )
        responder = RouterFactory.make(kernel: kernel, environment: environment).buildResponder()
    }

    func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        headers: HTTPFields = [:],
        body: [UInt8] = []
    ) async throws -> Reply {
        let head = HTTPRequest(
            method: method, scheme: "http", authority: "localhost", path: path, headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(bytes: body)))
        let context = APIRequestContext(
            source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test"))
        )
        let response = try await responder.respond(to: request, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return Reply(
            status: response.status.code, headers: response.headers, body: collector.text, bytes: collector.bytes)
    }

    func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [:], text: String) async throws
        -> Reply
    {
        try await send(method, path, headers: headers, body: Array(text.utf8))
    }

    /// The deduplicated rows of a table as `RowText`-like strings: `time col=value,...`.
    func rows(_ database: String, _ table: String) -> [String] {
        buffer.scan(database: database, table: table, timeRange: .all).flatMap { batch in
            (0..<batch.rowCount).map { row in TestRows.render(batch, row) }
        }.sorted()
    }
}

/// Collects a response body into memory.
final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    // Only touched by the one task that writes the body.
    private(set) var bytes: [UInt8] = []

    func write(_ buffer: ByteBuffer) async throws {
        bytes.append(contentsOf: buffer.readableBytesView)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Row rendering for assertions.
enum TestRows {
    static func render(_ batch: RecordBatch, _ row: Int) -> String {
        var time: Int64 = 0
        var parts: [String] = []
        for column in batch.columns {
            guard column.validity[row] else { continue }
            switch column.values {
            case .time(let values): time = values[row]
            case .tag(let dictionary, let codes): parts.append("\(column.name)=\(dictionary[Int(codes[row])])")
            case .float(let values): parts.append("\(column.name)=\(values[row])")
            case .integer(let values): parts.append("\(column.name)=\(values[row])i")
            case .uinteger(let values): parts.append("\(column.name)=\(values[row])u")
            case .string(let values): parts.append("\(column.name)=\"\(values[row])\"")
            case .boolean(let values): parts.append("\(column.name)=\(values[row])")
            case .date, .interval, .binary, .structure, .list, .decimal: parts.append("\(column.name)=?")
            }
        }
        return "\(time) " + parts.joined(separator: ",")
    }
}
