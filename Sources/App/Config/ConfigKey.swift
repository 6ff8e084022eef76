/// One `influxdb3 serve` setting: its flag/TOML name, the environment variables that set it
/// (newest name first, older InfluxDB names after), its default, and a line of help. The order of
/// `ConfigKey.all` is the order of `config.example.toml`.
struct ConfigKey: Sendable, Hashable {
    let name: String
    let environment: [String]
    let defaultValue: String
    let help: String

    static let nodeID = ConfigKey(
        name: "node-id",
        environment: ["INFLUXDB3_NODE_ID", "INFLUXDB3_NODE_IDENTIFIER_PREFIX"],
        defaultValue: "primary-node",
        help: "identifies this node; prefix of its WAL directory"
    )
    static let dataDir = ConfigKey(
        name: "data-dir",
        environment: ["INFLUXDB3_DATA_DIR", "INFLUXDB3_DB_DIR"],
        defaultValue: "./data",
        help: "where the catalog, the WAL and persisted files live"
    )
    static let httpBind = ConfigKey(
        name: "http-bind",
        environment: ["INFLUXDB3_HTTP_BIND_ADDR"],
        defaultValue: "127.0.0.1:8181",
        help: "address and port the HTTP API listens on"
    )
    static let catalog = ConfigKey(
        name: "catalog",
        environment: ["INFLUXDB3_CATALOG"],
        defaultValue: "sqlite",
        help: "catalog backend: sqlite (embedded, in the data dir) or postgres (shared by nodes)"
    )
    static let catalogURL = ConfigKey(
        name: "catalog-url",
        environment: ["INFLUXDB3_CATALOG_URL"],
        defaultValue: "",
        help: "PostgreSQL catalog location when catalog is postgres: postgres://user:password@host:port/database"
    )
    static let storage = ConfigKey(
        name: "storage",
        environment: ["INFLUXDB3_STORAGE"],
        defaultValue: "local",
        help: "layout of persisted files: local or partitioned"
    )
    static let walFlushInterval = ConfigKey(
        name: "wal-flush-interval",
        environment: ["INFLUXDB3_WAL_FLUSH_INTERVAL"],
        defaultValue: "1s",
        help: "longest time no_sync writes wait for a WAL flush (acknowledged writes never wait for it)"
    )
    static let gen1Duration = ConfigKey(
        name: "gen1-duration",
        environment: ["INFLUXDB3_GEN1_DURATION"],
        defaultValue: "10m",
        help: "time window of a buffer chunk and, later, of a persisted file: 1m, 5m or 10m"
    )
    static let maxHTTPRequestSize = ConfigKey(
        name: "max-http-request-size",
        environment: ["INFLUXDB3_MAX_HTTP_REQUEST_SIZE"],
        defaultValue: "10485760",
        help: "largest request body in bytes, after decompression; larger bodies get 413"
    )
    static let hardDeleteDefaultDuration = ConfigKey(
        name: "hard-delete-default-duration",
        environment: ["INFLUXDB3_HARD_DELETE_DEFAULT_DURATION"],
        defaultValue: "72h",
        help: "delay before soft-deleted databases and tables are due for hard deletion (hard_delete_at=default)"
    )
    static let logFilter = ConfigKey(
        name: "log-filter",
        environment: ["INFLUXDB3_LOG_FILTER", "LOG_FILTER"],
        defaultValue: "info",
        help: "log level: trace, debug, info, warn or error"
    )
    static let withoutAuth = ConfigKey(
        name: "without-auth",
        environment: ["INFLUXDB3_WITHOUT_AUTH", "INFLUXDB3_START_WITHOUT_AUTH"],
        defaultValue: "false",
        help: "accept every request without a token; the token endpoints then answer 405"
    )
    static let disableAuthz = ConfigKey(
        name: "disable-authz",
        environment: ["INFLUXDB3_DISABLE_AUTHZ"],
        defaultValue: "",
        help: "comma list of resources served without a token: health, ping, metrics, ready, pprof"
    )
    static let adminTokenFile = ConfigKey(
        name: "admin-token-file",
        environment: ["INFLUXDB3_ADMIN_TOKEN_FILE"],
        defaultValue: "",
        help: "JSON file {\"token\",\"name\",\"expiry_millis\"}: an admin token created at start if its name is free"
    )
    static let permissionTokensFile = ConfigKey(
        name: "permission-tokens-file",
        environment: ["INFLUXDB3_PERMISSION_TOKENS_FILE"],
        defaultValue: "",
        help: "JSON file {\"create_databases\",\"tokens\"}: databases and resource tokens created at start if absent"
    )
    static let adminTokenRecoveryHTTPBind = ConfigKey(
        name: "admin-token-recovery-http-bind",
        environment: ["INFLUXDB3_ADMIN_TOKEN_RECOVERY_HTTP_BIND_ADDR"],
        defaultValue: "",
        help:
            "address of a listener that regenerates the operator token without auth, once (flag alone: 127.0.0.1:8182)"
    )

    static let all: [ConfigKey] = [
        nodeID, dataDir, httpBind, catalog, catalogURL, storage, walFlushInterval, gen1Duration, maxHTTPRequestSize,
        hardDeleteDefaultDuration, logFilter, withoutAuth, disableAuthz, adminTokenFile, permissionTokensFile,
        adminTokenRecoveryHTTPBind,
    ]
}
