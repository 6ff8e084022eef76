/// Every path literal of the v1 compatibility API.
public enum V1Paths {
    public static let write = "/write"
    public static let health = "/api/v1/health"
}
