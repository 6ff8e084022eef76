import Foundation
import Logging
import Testing

@testable import App

@Suite("influxdb3 serve configuration: flags > env > TOML > defaults")
struct ConfigurationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func defaults() throws {
        let config = try ServeConfiguration.resolve(flags: [:], environment: [:], fileText: nil)
        #expect(config.nodeID == "primary-node")
        #expect(config.dataDirectory == "./data")
        #expect(config.httpHost == "127.0.0.1")
        #expect(config.httpPort == 8181)
        #expect(config.catalog == .sqlite)
        #expect(config.catalogURL == nil)
        #expect(config.storage == .local)
        #expect(config.walFlushIntervalNanoseconds == 1_000_000_000)
        #expect(config.gen1DurationNanoseconds == 600_000_000_000)
        #expect(config.maxHTTPRequestBytes == 10_485_760)
        #expect(config.logLevel == .info)
        #expect(config.withoutAuth == false)
        #expect(config.disabledAuthz.isEmpty)
        #expect(config.adminTokenFile == nil)
        #expect(config.permissionTokensFile == nil)
        #expect(config.recoveryHost == nil && config.recoveryPort == nil)
    }

    @Test func authSettings() throws {
        let config = try ServeConfiguration.resolve(
            flags: ["disable-authz": "health, ping", "admin-token-recovery-http-bind": "127.0.0.1:9182"],
            environment: [
                "INFLUXDB3_ADMIN_TOKEN_FILE": "/etc/admin.json", "INFLUXDB3_PERMISSION_TOKENS_FILE": "/p.json",
            ],
            fileText: nil
        )
        #expect(config.disabledAuthz == ["health", "ping"])
        #expect(config.recoveryHost == "127.0.0.1" && config.recoveryPort == 9182)
        #expect(config.adminTokenFile == "/etc/admin.json")
        #expect(config.permissionTokensFile == "/p.json")
        #expect(
            throws: ConfigError(
                "invalid value 'health,disk' for 'disable-authz' (from flag --disable-authz): expected a comma list of health, ping, metrics, ready, pprof"
            )
        ) {
            try ServeConfiguration.resolve(flags: ["disable-authz": "health,disk"], environment: [:], fileText: nil)
        }
    }

    @Test func recoveryBindWithoutValueMeansTheDefaultAddress() {
        let normalized = InfluxDB3Command.withOptionalValues
        #expect(
            normalized(["serve", "--admin-token-recovery-http-bind"]) == [
                "serve", "--admin-token-recovery-http-bind", "127.0.0.1:8182",
            ])
        #expect(
            normalized(["serve", "--admin-token-recovery-http-bind", "--without-auth"])
                == ["serve", "--admin-token-recovery-http-bind", "127.0.0.1:8182", "--without-auth"])
        #expect(
            normalized(["serve", "--admin-token-recovery-http-bind", "0.0.0.0:9"])
                == ["serve", "--admin-token-recovery-http-bind", "0.0.0.0:9"])
    }

    @Test func exampleFileListsEveryKeyWithItsDefault() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("config.example.toml"), encoding: .utf8)
        let keys = try ServeConfiguration.fileValues(text).map(\.0)
        #expect(keys.sorted() == ConfigKey.all.map(\.name).sorted())
        for (name, value) in try ServeConfiguration.fileValues(text) {
            #expect(ConfigKey.all.first { $0.name == name }?.defaultValue == value, "default of \(name)")
        }
        let fromFile = try ServeConfiguration.resolve(flags: [:], environment: [:], fileText: text)
        #expect(fromFile == (try ServeConfiguration.resolve(flags: [:], environment: [:], fileText: nil)))
    }

    @Test func precedenceIsFlagThenEnvironmentThenFileThenDefault() throws {
        let file = "http-bind = \"127.0.0.1:1000\"\nnode-id = \"from-file\"\nwal-flush-interval = \"5s\""
        let environment = ["INFLUXDB3_HTTP_BIND_ADDR": "127.0.0.1:2000", "INFLUXDB3_NODE_ID": "from-env"]
        let config = try ServeConfiguration.resolve(
            flags: ["http-bind": "127.0.0.1:3000"],
            environment: environment,
            fileText: file
        )
        #expect(config.httpPort == 3000)
        #expect(config.nodeID == "from-env")
        #expect(config.walFlushIntervalNanoseconds == 5_000_000_000)
        #expect(config.dataDirectory == "./data")
    }

    @Test func olderEnvironmentNamesAreAccepted() throws {
        let config = try ServeConfiguration.resolve(
            flags: [:],
            environment: ["INFLUXDB3_DB_DIR": "/tmp/x", "LOG_FILTER": "debug", "INFLUXDB3_START_WITHOUT_AUTH": "true"],
            fileText: nil
        )
        #expect(config.dataDirectory == "/tmp/x")
        #expect(config.logLevel == .debug)
        #expect(config.withoutAuth)
    }

    @Test(arguments: [
        ("bogus = 1", "unknown key 'bogus' in config file"),
        (
            "wal-flush-interval = \"soon\"",
            "invalid value 'soon' for 'wal-flush-interval' (from config file): expected a positive duration like 1s or 100ms"
        ),
        ("catalog = \"mysql\"", "invalid value 'mysql' for 'catalog' (from config file): expected sqlite or postgres"),
        (
            "catalog = \"postgres\"",
            "invalid value for 'catalog-url' (from default): expected postgres://user:password@host:port/database"
        ),
        (
            "catalog = \"postgres\"\ncatalog-url = \"mysql://user:secret@db\"",
            "invalid value for 'catalog-url' (from config file): "
                + "expected postgres://user:password@host:port/database"
        ),
        ("http-bind = \"nowhere\"", "invalid value 'nowhere' for 'http-bind' (from config file): expected host:port"),
        ("gen1-duration = \"7m\"", "invalid value '7m' for 'gen1-duration' (from config file): expected 1m, 5m or 10m"),
        (
            "max-http-request-size = -1",
            "invalid value '-1' for 'max-http-request-size' (from config file): expected a size in bytes like 10485760 or 10mb"
        ),
    ])
    func badFileValuesNameTheKey(file: String, message: String) {
        #expect(throws: ConfigError(message)) {
            try ServeConfiguration.resolve(flags: [:], environment: [:], fileText: file)
        }
    }

    @Test func postgresCatalogTakesItsURLFromTheEnvironment() throws {
        let config = try ServeConfiguration.resolve(
            flags: ["catalog": "postgres"],
            environment: ["INFLUXDB3_CATALOG_URL": "postgres://u:p@127.0.0.1:5432/catalog"],
            fileText: nil
        )
        #expect(config.catalog == .postgres)
        #expect(config.catalogURL == "postgres://u:p@127.0.0.1:5432/catalog")
    }

    @Test func badEnvironmentValueNamesTheVariable() {
        #expect(
            throws: ConfigError(
                "invalid value 'x' for 'max-http-request-size' (from environment variable INFLUXDB3_MAX_HTTP_REQUEST_SIZE): expected a size in bytes like 10485760 or 10mb"
            )
        ) {
            try ServeConfiguration.resolve(
                flags: [:], environment: ["INFLUXDB3_MAX_HTTP_REQUEST_SIZE": "x"], fileText: nil)
        }
    }

    @Test func malformedTOMLIsReported() {
        #expect(throws: ConfigError.self) {
            try ServeConfiguration.resolve(flags: [:], environment: [:], fileText: "node-id = ")
        }
    }

    @Test(arguments: [
        ("100ms", Int64(100_000_000)), ("1s", 1_000_000_000), ("1h30m", 5_400_000_000_000), ("10", 10_000_000_000),
        ("2d", 172_800_000_000_000),
    ])
    func durations(text: String, nanoseconds: Int64) {
        #expect(ConfigValues.durationNanoseconds(text) == nanoseconds)
    }

    @Test func sizes() {
        #expect(ConfigValues.sizeBytes("10485760") == 10_485_760)
        #expect(ConfigValues.sizeBytes("10mb") == 10_485_760)
        #expect(ConfigValues.sizeBytes("1KiB") == 1_024)
        #expect(ConfigValues.sizeBytes("0") == nil)
        #expect(ConfigValues.sizeBytes("ten") == nil)
    }
}
