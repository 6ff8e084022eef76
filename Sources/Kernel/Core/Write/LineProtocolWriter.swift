/// The write path as the frontends see it: one call per request, whatever the dialect.
///
/// Implementation requirements: when `write` returns, the accepted lines are durable (unless the
/// request asked for `noSync`) and visible to scans; it throws `KernelError` for request-level
/// failures and `WriteRejection` when some or all lines were refused.
public protocol LineProtocolWriter: Sendable {
    /// Writes the request and returns the number of lines written.
    func write(_ request: WriteRequest) async throws -> Int

    /// The highest WAL sequence given to a write so far, nil for a writer without a WAL. A soft
    /// deletion records it so replay can tell the deleted object's records from later ones
    /// (`SoftDeletedData`).
    var lastWALSequence: UInt64? { get }
}

extension LineProtocolWriter {
    public var lastWALSequence: UInt64? { nil }
}

extension KernelError {
    /// The error for a body without a single line (only blanks or comments); InfluxDB answers it
    /// in plain text rather than JSON, so the HTTP layer recognises it by value.
    public static let emptyWrite = KernelError(.invalidInput, "incoming write was empty")
}
