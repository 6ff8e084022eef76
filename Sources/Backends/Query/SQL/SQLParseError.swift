/// A failure to lex or parse SQL, worded exactly as DataFusion (sqlparser-rs) words it.
///
/// - `message` is the bare sqlparser text, e.g. `Expected: an expression, found: EOF` or
///   `Expected: end of statement, found: 2 at Line: 1, Column: 10`. Errors at end of input carry no position,
///   as in sqlparser.
/// - `displayText` is DataFusion's `Display` of the error, which InfluxDB 3 returns (HTTP 400) as the error body:
///   `SQL error: ParserError("...")` or `SQL error: TokenizerError("...")`, the inner text escaped like a Rust
///   debug string.
public struct SQLParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which stage failed; it selects the wrapper in `displayText`.
    public enum Stage: Hashable, Sendable {
        /// The lexer rejected the text (unterminated string, comment or quoted identifier).
        case tokenizer
        /// The token stream is not a valid statement.
        case parser
        /// Nesting went past the parser's depth bound (DataFusion: `RecursionLimitExceeded`).
        case recursionLimit(Int)
    }

    /// The failing stage.
    public var stage: Stage
    /// The sqlparser-rs message, including ` at Line: l, Column: c` when there is a position.
    public var message: String
    /// Where the offending token starts, if any (`nil` at end of input).
    public var location: SourceLocation?

    /// Creates an error; `message` must already contain the position suffix if there is one.
    public init(stage: Stage, message: String, location: SourceLocation?) {
        self.stage = stage
        self.message = message
        self.location = location
    }

    /// DataFusion's display of this error: `SQL error: ParserError("<message>")`.
    public var displayText: String {
        switch stage {
        case .tokenizer: return "SQL error: TokenizerError(\(Self.rustDebugQuoted(message)))"
        case .parser: return "SQL error: ParserError(\(Self.rustDebugQuoted(message)))"
        case .recursionLimit(let limit): return "SQL error: RecursionLimitExceeded (current limit: \(limit))"
        }
    }

    /// Same as `message`.
    public var description: String { message }

    /// Quotes text the way Rust's `{:?}` formats a `String`, so `displayText` is byte-identical to DataFusion's.
    static func rustDebugQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `Expected: <expected>, found: <token>[ at Line: l, Column: c]`, sqlparser's `expected(...)` error.
    static func expected(_ expected: String, found token: Token) -> SQLParseError {
        if case .eof = token.kind {
            return SQLParseError(stage: .parser, message: "Expected: \(expected), found: EOF", location: nil)
        }
        return parser("Expected: \(expected), found: \(token.display)", at: token.location)
    }

    /// A parser error with sqlparser's position suffix.
    static func parser(_ text: String, at location: SourceLocation) -> SQLParseError {
        SQLParseError(
            stage: .parser,
            message: "\(text) at Line: \(location.line), Column: \(location.column)",
            location: location
        )
    }

    /// A tokenizer error with sqlparser's position suffix.
    static func tokenizer(_ text: String, at location: SourceLocation) -> SQLParseError {
        SQLParseError(
            stage: .tokenizer,
            message: "\(text) at Line: \(location.line), Column: \(location.column)",
            location: location
        )
    }
}
