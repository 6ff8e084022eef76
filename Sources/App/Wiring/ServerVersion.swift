/// The version this server reports (`/ping`, `X-Influxdb-Version`): the InfluxDB 3 Enterprise API
/// version whose contract it implements.
public enum ServerVersion {
    public static let version = "3.8.0"
    public static let revision = "swift"
}
