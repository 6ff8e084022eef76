/// Every path literal of the v3 API family (and the server routes it owns).
public enum V3Paths {
    public static let writeLP = "/api/v3/write_lp"
    public static let querySQL = "/api/v3/query_sql"
    public static let health = "/health"
    public static let configureDatabase = "/api/v3/configure/database"
    public static let configureDatabaseRetention = "/api/v3/configure/database/retention_period"
    public static let configureTable = "/api/v3/configure/table"
    public static let configureTableRetention = "/api/v3/enterprise/configure/table/retention_period"
    public static let ping = "/ping"
    public static let token = "/api/v3/configure/token"
    public static let operatorToken = "/api/v3/configure/token/admin"
    public static let regenerateOperatorToken = "/api/v3/configure/token/admin/regenerate"
    public static let namedAdminToken = "/api/v3/configure/token/named_admin"
    public static let resourceToken = "/api/v3/enterprise/configure/token"
}
