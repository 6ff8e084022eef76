/// The one error type that crosses port boundaries. Kernel code says *what kind* of failure
/// happened; each HTTP dialect decides the status code and body in `HTTPSupport/ErrorMapping`
/// with an exhaustive switch over `Kind`.
public struct KernelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Who is at fault and how a client should react. Adding a case must force every dialect's
    /// mapping to classify it (no `default:` there).
    public enum Kind: Sendable, Equatable {
        /// The request itself is wrong (bad name, bad parameter, bad body).
        case invalidInput
        /// The addressed resource does not exist.
        case notFound
        /// Creating something that already exists.
        case alreadyExists
        /// The request conflicts with the current state (type conflict, deleted resource).
        case conflict
        /// No usable credential was presented.
        case unauthenticated
        /// The credential does not allow the action.
        case forbidden
        /// A configured limit (databases, tables, columns, sizes) would be exceeded.
        case limitExceeded
        /// The server cannot do this now (WAL failed, shutting down); retrying later may work.
        case unavailable
        /// The request is valid but uses a feature this server does not implement (yet).
        case notImplemented
        /// The resource exists but this operation is never allowed on it (deleting the operator
        /// token); InfluxDB answers 405.
        case notAllowed
        /// A bug or an unexpected environment failure.
        case internalError
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
