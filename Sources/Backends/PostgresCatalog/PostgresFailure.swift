import Kernel

/// A failure inside the PostgreSQL backend: the `KernelError` callers get, plus the server's
/// SQLSTATE when the server reported one, which decides whether `apply` retries.
struct PostgresFailure: Error, CustomStringConvertible {
    var error: KernelError
    /// The five-character SQLSTATE code, or nil for failures that did not come from the server.
    var sqlState: String?
    /// Whether the connection was unusable after the failure (server gone, network cut, backend
    /// terminated).
    var connectionLost = false

    init(_ kind: KernelError.Kind, _ message: String, sqlState: String? = nil, connectionLost: Bool = false) {
        self.error = KernelError(kind, message)
        self.sqlState = sqlState
        self.connectionLost = connectionLost
    }

    init(_ error: KernelError) {
        self.error = error
        self.sqlState = nil
    }

    var description: String { error.message }

    /// Another node's concurrent commit got in the way; the transaction can run again against the
    /// new committed state: serialization failure, deadlock, or a unique constraint (the last line of
    /// defence against two nodes assigning one id or one name).
    var isLostRace: Bool {
        switch sqlState {
        case "40001", "40P01", "23505": true
        default: false
        }
    }

    /// The connection broke (SQLSTATE class 08, the backend was terminated, or libpq saw the
    /// connection fail): reconnecting may clear it.
    var isConnectionLoss: Bool {
        connectionLost || sqlState?.hasPrefix("08") == true || sqlState == "57P01"
    }
}

/// Helpers for `postgres://` URLs.
enum PostgresURL {
    /// `url` with the password (between `user:` and `@`) replaced by `***`, safe to log.
    static func redacted(_ url: String) -> String {
        let characters = Array(url)
        guard
            let schemeEnd = (0..<max(characters.count - 2, 0)).first(where: {
                characters[$0..<$0 + 3] == [":", "/", "/"]
            }),
            let at = characters.lastIndex(of: "@"), at > schemeEnd
        else { return url }
        let credentials = characters[(schemeEnd + 3)..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(characters[...colon]) + "***" + String(characters[at...])
    }
}
