/// Every path literal of the v2 compatibility API.
public enum V2Paths {
    public static let write = "/api/v2/write"
}
