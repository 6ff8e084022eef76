import Logging
import TOMLKit

/// Everything `influxdb3 serve` needs, resolved from four layers with the precedence
/// flag > environment variable > TOML file (`--config`) > default. Each value is validated once
/// here; a bad value or an unknown TOML key stops the start with a message naming the key.
struct ServeConfiguration: Sendable, Equatable {
    /// Catalog backends `--catalog` can select.
    enum CatalogBackend: String, Sendable {
        case sqlite
        case postgres
    }

    /// Storage layouts `--storage` can select.
    enum StorageLayout: String, Sendable {
        case local
        case partitioned
    }

    var nodeID: String
    var dataDirectory: String
    var httpHost: String
    var httpPort: Int
    var catalog: CatalogBackend
    /// The PostgreSQL URL when `catalog` is `.postgres` (nil for SQLite).
    var catalogURL: String?
    var storage: StorageLayout
    var walFlushIntervalNanoseconds: Int64
    var gen1DurationNanoseconds: Int64
    var maxHTTPRequestBytes: Int
    var logLevel: Logger.Level
    var withoutAuth: Bool
    /// `--disable-authz`: resources of `AuthSettings.disableableResources`.
    var disabledAuthz: [String]
    var adminTokenFile: String?
    var permissionTokensFile: String?
    /// `--admin-token-recovery-http-bind`: nil when off.
    var recoveryHost: String?
    var recoveryPort: Int?
    /// `--hard-delete-default-duration`: when soft-deleted objects become due for hard deletion.
    var hardDeleteDefaultDelay: Duration

    /// The raw value of every key after layering, with where it came from (for error messages).
    static func layer(
        flags: [String: String],
        environment: [String: String],
        fileText: String?
    ) throws(ConfigError) -> [String: (value: String, source: String)] {
        var values: [String: (value: String, source: String)] = [:]
        for key in ConfigKey.all { values[key.name] = (key.defaultValue, "default") }
        if let fileText {
            for (name, value) in try fileValues(fileText) { values[name] = (value, "config file") }
        }
        for key in ConfigKey.all {
            if let name = key.environment.first(where: { environment[$0] != nil }), let value = environment[name] {
                values[key.name] = (value, "environment variable \(name)")
            }
        }
        for (name, value) in flags {
            guard ConfigKey.all.contains(where: { $0.name == name }) else {
                throw ConfigError("unknown option '--\(name)'")
            }
            values[name] = (value, "flag --\(name)")
        }
        return values
    }

    /// Keys and values of a TOML config file; every key must be a known setting.
    static func fileValues(_ text: String) throws(ConfigError) -> [(String, String)] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError("config file is not valid TOML: \(error.debugDescription)")
        } catch {
            throw ConfigError("config file is not valid TOML: \(error)")
        }
        var result: [(String, String)] = []
        for name in table.keys {
            guard ConfigKey.all.contains(where: { $0.name == name }) else {
                throw ConfigError("unknown key '\(name)' in config file")
            }
            guard let value = table[name] else { continue }
            if let text = value.string {
                result.append((name, text))
            } else if let number = value.int {
                result.append((name, String(number)))
            } else if let flag = value.bool {
                result.append((name, String(flag)))
            } else {
                throw ConfigError("invalid value for '\(name)' in config file: expected a string, integer or boolean")
            }
        }
        return result
    }

    /// Resolves and validates every setting.
    static func resolve(
        flags: [String: String],
        environment: [String: String],
        fileText: String?
    ) throws(ConfigError) -> ServeConfiguration {
        let values = try layer(flags: flags, environment: environment, fileText: fileText)
        func raw(_ key: ConfigKey) -> (value: String, source: String) {
            values[key.name] ?? (key.defaultValue, "default")
        }
        func parse<T>(_ key: ConfigKey, expected: String, _ parser: (String) -> T?) throws(ConfigError) -> T {
            let (value, source) = raw(key)
            guard let parsed = parser(value) else {
                throw ConfigError("invalid value '\(value)' for '\(key.name)' (from \(source)): expected \(expected)")
            }
            return parsed
        }
        let catalog = try parse(.catalog, expected: "sqlite or postgres") { CatalogBackend(rawValue: $0) }
        let catalogURL = catalog == .postgres ? try postgresURL(raw(.catalogURL)) : nil
        let bind = try parse(.httpBind, expected: "host:port") { ConfigValues.bindAddress($0) }
        let gen1 = try parse(.gen1Duration, expected: "1m, 5m or 10m") { text -> Int64? in
            guard let nanos = ConfigValues.durationNanoseconds(text),
                [60_000_000_000, 300_000_000_000, 600_000_000_000].contains(nanos)
            else { return nil }
            return nanos
        }
        let recovery = try parse(.adminTokenRecoveryHTTPBind, expected: "host:port") { text -> (String, Int)?? in
            text.isEmpty ? .some(nil) : ConfigValues.bindAddress(text).map { .some(($0.host, $0.port)) }
        }
        return ServeConfiguration(
            nodeID: try parse(.nodeID, expected: "letters, digits and '-'") { text in
                !text.isEmpty && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
                    ? text : nil
            },
            dataDirectory: try parse(.dataDir, expected: "a directory path") { $0.isEmpty ? nil : $0 },
            httpHost: bind.host,
            httpPort: bind.port,
            catalog: catalog,
            catalogURL: catalogURL,
            storage: try parse(.storage, expected: "local or partitioned") { StorageLayout(rawValue: $0) },
            walFlushIntervalNanoseconds: try parse(.walFlushInterval, expected: "a positive duration like 1s or 100ms")
            {
                ConfigValues.durationNanoseconds($0).flatMap { $0 > 0 ? $0 : nil }
            },
            gen1DurationNanoseconds: gen1,
            maxHTTPRequestBytes: try parse(.maxHTTPRequestSize, expected: "a size in bytes like 10485760 or 10mb") {
                ConfigValues.sizeBytes($0)
            },
            logLevel: try parse(.logFilter, expected: "trace, debug, info, warn or error") { logLevel($0) },
            withoutAuth: try parse(.withoutAuth, expected: "true or false") { ConfigValues.bool($0) },
            disabledAuthz: try parse(.disableAuthz, expected: "a comma list of health, ping, metrics, ready, pprof") {
                ConfigValues.disabledAuthz($0)
            },
            adminTokenFile: raw(.adminTokenFile).value.isEmpty ? nil : raw(.adminTokenFile).value,
            permissionTokensFile: raw(.permissionTokensFile).value.isEmpty ? nil : raw(.permissionTokensFile).value,
            recoveryHost: recovery?.0,
            recoveryPort: recovery?.1,
            hardDeleteDefaultDelay: try parse(.hardDeleteDefaultDuration, expected: "a duration like 72h or 3d") {
                ConfigValues.durationNanoseconds($0).map { Duration.nanoseconds($0) }
            }
        )
    }

    /// `--catalog-url` for `--catalog postgres`. The value is not repeated in the message: it may
    /// hold a password.
    private static func postgresURL(_ raw: (value: String, source: String)) throws(ConfigError) -> String {
        guard raw.value.hasPrefix("postgres://") || raw.value.hasPrefix("postgresql://") else {
            throw ConfigError(
                "invalid value for '\(ConfigKey.catalogURL.name)' (from \(raw.source)): "
                    + "expected postgres://user:password@host:port/database")
        }
        return raw.value
    }

    private static func logLevel(_ text: String) -> Logger.Level? {
        switch text.lowercased() {
        case "trace": .trace
        case "debug": .debug
        case "info": .info
        case "warn", "warning": .warning
        case "error": .error
        default: nil
        }
    }
}
