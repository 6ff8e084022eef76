/// One SQL identifier after DataFusion's normalisation: unquoted names are ASCII-lower-cased (`CPU` → `cpu`),
/// quoted names keep their exact case with `""` unescaped (`"Foo""x"` → `Foo"x`).
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    /// The normalised name the planner should resolve.
    public var value: String
    /// Whether it was written in double quotes (matters only for rendering).
    public var isQuoted: Bool

    /// Creates an identifier; `value` is taken as already normalised.
    public init(_ value: String, isQuoted: Bool = false) {
        self.value = value
        self.isQuoted = isQuoted
    }

    /// The identifier as SQL: quoted when written quoted, or when it would not survive re-lexing unquoted.
    public var description: String { sqlText }
}

/// A possibly qualified name of a table or function, e.g. `cpu`, `iox.cpu`, `information_schema.columns`.
public struct ObjectName: Hashable, Sendable, CustomStringConvertible {
    /// The dot-separated parts, outermost first.
    public var parts: [Identifier]

    /// Creates a name from its parts.
    public init(_ parts: [Identifier]) {
        self.parts = parts
    }

    /// The last part: the table or function name proper.
    public var baseName: String { parts.last?.value ?? "" }

    /// Dot-joined SQL text.
    public var description: String { parts.map(\.sqlText).joined(separator: ".") }
}
