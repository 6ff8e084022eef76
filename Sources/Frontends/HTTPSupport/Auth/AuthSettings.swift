import Kernel

/// How a server authenticates: `--without-auth`, or tokens verified by an `Auth` port; and
/// which system resources `--disable-authz` opens to everyone.
public struct AuthSettings: Sendable {
    /// Whether tokens are checked at all.
    public enum Mode: Sendable {
        /// `--without-auth`: every request acts as an unrestricted identity, and token management
        /// answers 405.
        case disabled
        /// Tokens are required and verified by the port.
        case tokens(any Auth)
    }

    /// What `--disable-authz` accepts, and the paths each one opens
    /// (`influxdb3_commands/src/helpers.rs`).
    public static let disableableResources: [String: [String]] = [
        "health": ["/health", "/api/v1/health"],
        "ping": ["/ping"],
        "metrics": ["/metrics"],
        "ready": ["/ready"],
        "pprof": ["/debug/pprof/heap"],
    ]

    public var mode: Mode
    /// Paths served without authentication (from `--disable-authz`).
    public var openPaths: Set<String>
    /// The declared access of every route; shared by registration and the middleware.
    public let routes: RouteAccessTable

    /// `disabledAuthz` are names of `disableableResources` (validated by the caller).
    public init(mode: Mode, disabledAuthz: [String] = [], routes: RouteAccessTable = RouteAccessTable()) {
        self.mode = mode
        self.openPaths = Set(disabledAuthz.flatMap { Self.disableableResources[$0] ?? [] })
        self.routes = routes
    }

    /// A server started with `--without-auth`.
    public static func withoutAuth() -> AuthSettings { AuthSettings(mode: .disabled) }
}
