/// Facts about this server process that responses carry: `/ping`'s body and headers and the
/// `cluster-uuid` header.
public struct ServerIdentity: Sendable {
    public var productName: String
    public var version: String
    public var revision: String
    public var build: String
    /// Stable for the process lifetime.
    public var processID: String
    public var clusterUUID: String

    public init(
        productName: String = "InfluxDB 3 Enterprise",
        version: String,
        revision: String,
        build: String = "Enterprise",
        processID: String,
        clusterUUID: String
    ) {
        self.productName = productName
        self.version = version
        self.revision = revision
        self.build = build
        self.processID = processID
        self.clusterUUID = clusterUUID
    }
}

/// What every frontend is registered with: the kernel's ports plus the HTTP settings.
public struct APIEnvironment: Sendable {
    public var identity: ServerIdentity
    /// `--max-http-request-size`: bodies (and decompressed bodies) above it get 413.
    public var maxRequestBytes: Int
    /// `--without-auth`, `--disable-authz` and the routes' declared access.
    public var auth: AuthSettings
    /// `--hard-delete-default-duration`: how long after a soft deletion with
    /// `hard_delete_at=default` (or none) the data is due for hard deletion.
    public var hardDeleteDefaultDelay: Duration

    public init(
        identity: ServerIdentity, maxRequestBytes: Int, auth: AuthSettings,
        hardDeleteDefaultDelay: Duration = .seconds(72 * 3600)
    ) {
        self.identity = identity
        self.maxRequestBytes = maxRequestBytes
        self.auth = auth
        self.hardDeleteDefaultDelay = hardDeleteDefaultDelay
    }
}
