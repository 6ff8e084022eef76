/// A database name that passed InfluxDB 3's validation once, at construction.
///
/// Rules (`validate_db_name` in InfluxDB 3): non-empty, at most 511 bytes, first character an
/// ASCII letter or digit, the rest ASCII letters, digits, `_`, `-`, with at most one `/`
/// separating a database from a retention policy (`db/rp`). The v1 and v2 write APIs also cap the
/// length at 64 characters. `_internal` can therefore never be written over HTTP.
public struct DatabaseName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Which API family's length rule applies.
    public enum Dialect: Sendable {
        case v3
        case v1v2
    }

    public static let maxLengthBytes = 511
    public static let maxLengthV1V2 = 64

    public let value: String

    /// Validates `name`; the thrown error's message is the text InfluxDB 3 answers with.
    public init(validating name: String, dialect: Dialect = .v3) throws(KernelError) {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { throw KernelError(.invalidInput, "db name cannot be empty") }
        guard bytes.count <= Self.maxLengthBytes else {
            throw KernelError(.invalidInput, "db name too long: max \(Self.maxLengthBytes)")
        }
        guard first.isASCIIAlphanumeric else {
            throw KernelError(.invalidInput, "db name did not start with a number or letter")
        }
        var slashSeen = false
        for (index, byte) in bytes.enumerated() {
            if byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") { continue }
            if byte == UInt8(ascii: "/") {
                if slashSeen || index == bytes.count - 1 {
                    throw KernelError(
                        .invalidInput,
                        "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"
                    )
                }
                slashSeen = true
                continue
            }
            throw KernelError(
                .invalidInput,
                "invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens"
            )
        }
        if dialect == .v1v2, bytes.count > Self.maxLengthV1V2 {
            throw KernelError(
                .invalidInput,
                "namespace name \(name) length must be between 1 and \(Self.maxLengthV1V2) characters"
            )
        }
        self.value = name
    }

    /// A name the server itself creates (`_internal`), exempt from the client rules.
    public init(system name: String) {
        self.value = name
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
    public var description: String { value }
}

extension UInt8 {
    /// ASCII letter or digit.
    @inlinable public var isASCIIAlphanumeric: Bool {
        (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A)
    }
}
