/// Why the server refused to start with the given configuration; the message names the key and
/// the source of the bad value.
struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
