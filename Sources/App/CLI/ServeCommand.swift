import ArgumentParser
import Foundation
import Logging

/// `influxdb3 serve`: every setting of `ConfigKey.all` as a flag, an environment variable or a
/// TOML key (`--config FILE`), in that order of precedence.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the database server.")

    @Option(name: .customLong("config"), help: "TOML file with settings (keys as the flag names)")
    var configFile: String?
    @Option(name: .customLong("node-id"), help: .init(stringLiteral: ConfigKey.nodeID.help))
    var nodeID: String?
    @Option(name: .customLong("data-dir"), help: .init(stringLiteral: ConfigKey.dataDir.help))
    var dataDir: String?
    @Option(name: .customLong("http-bind"), help: .init(stringLiteral: ConfigKey.httpBind.help))
    var httpBind: String?
    @Option(name: .customLong("catalog"), help: .init(stringLiteral: ConfigKey.catalog.help))
    var catalog: String?
    @Option(name: .customLong("catalog-url"), help: .init(stringLiteral: ConfigKey.catalogURL.help))
    var catalogURL: String?
    @Option(name: .customLong("storage"), help: .init(stringLiteral: ConfigKey.storage.help))
    var storage: String?
    @Option(name: .customLong("wal-flush-interval"), help: .init(stringLiteral: ConfigKey.walFlushInterval.help))
    var walFlushInterval: String?
    @Option(name: .customLong("gen1-duration"), help: .init(stringLiteral: ConfigKey.gen1Duration.help))
    var gen1Duration: String?
    @Option(name: .customLong("max-http-request-size"), help: .init(stringLiteral: ConfigKey.maxHTTPRequestSize.help))
    var maxHTTPRequestSize: String?
    @Option(name: .customLong("log-filter"), help: .init(stringLiteral: ConfigKey.logFilter.help))
    var logFilter: String?
    @Option(
        name: .customLong("hard-delete-default-duration"),
        help: .init(stringLiteral: ConfigKey.hardDeleteDefaultDuration.help))
    var hardDeleteDefaultDuration: String?
    @Flag(name: .customLong("without-auth"), help: .init(stringLiteral: ConfigKey.withoutAuth.help))
    var withoutAuth = false
    @Option(name: .customLong("disable-authz"), help: .init(stringLiteral: ConfigKey.disableAuthz.help))
    var disableAuthz: String?
    @Option(name: .customLong("admin-token-file"), help: .init(stringLiteral: ConfigKey.adminTokenFile.help))
    var adminTokenFile: String?
    @Option(
        name: .customLong("permission-tokens-file"), help: .init(stringLiteral: ConfigKey.permissionTokensFile.help))
    var permissionTokensFile: String?
    @Option(
        name: .customLong("admin-token-recovery-http-bind"),
        help: .init(stringLiteral: ConfigKey.adminTokenRecoveryHTTPBind.help))
    var adminTokenRecoveryHTTPBind: String?

    /// The flags given on the command line, by key name.
    var givenFlags: [String: String] {
        var flags: [String: String] = [:]
        let pairs: [(ConfigKey, String?)] = [
            (.nodeID, nodeID), (.dataDir, dataDir), (.httpBind, httpBind), (.catalog, catalog),
            (.catalogURL, catalogURL),
            (.storage, storage),
            (.walFlushInterval, walFlushInterval), (.gen1Duration, gen1Duration),
            (.maxHTTPRequestSize, maxHTTPRequestSize), (.hardDeleteDefaultDuration, hardDeleteDefaultDuration),
            (.logFilter, logFilter), (.disableAuthz, disableAuthz),
            (.adminTokenFile, adminTokenFile), (.permissionTokensFile, permissionTokensFile),
            (.adminTokenRecoveryHTTPBind, adminTokenRecoveryHTTPBind),
        ]
        for (key, value) in pairs { if let value { flags[key.name] = value } }
        if withoutAuth { flags[ConfigKey.withoutAuth.name] = "true" }
        return flags
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let path = configFile ?? environment["INFLUXDB3_CONFIG_FILE"]
        var fileText: String?
        if let path {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else { throw ValidationError("cannot read config file \(path)") }
            fileText = text
        }
        let config: ServeConfiguration
        do {
            config = try ServeConfiguration.resolve(flags: givenFlags, environment: environment, fileText: fileText)
        } catch {
            throw ValidationError(error.message)
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = config.logLevel
            return handler
        }
        let logger = Logger(label: "influxdb3")
        try await Server.run(config, logger: logger)
    }
}
