/// A position in the query text, counted the way sqlparser-rs counts it: lines and columns start at 1 and a
/// column is one Unicode scalar (not one byte), so error positions match DataFusion's.
public struct SourceLocation: Hashable, Sendable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// The kinds of token the lexer produces; operators keep their own case so the parser can switch on them.
enum TokenKind: Hashable, Sendable {
    /// A keyword or identifier. `quote` is the opening delimiter for quoted identifiers.
    case word(text: String, quote: Character?)
    /// A numeric literal, exactly as written (`1`, `1.5e-3`, `.5`).
    case number(String)
    /// A single-quoted string after unescaping (`''` → `'`).
    case string(String)
    /// An `E'...'` string after backslash unescaping.
    case escapedString(String)
    /// A hexadecimal string literal (`X'1F'` or `0x1F`), digits only.
    case hexString(String)
    /// `$1`, `$name` or `?`, with the sigil.
    case placeholder(String)
    /// Any operator or punctuation, by its source spelling.
    case symbol(Symbol)
    /// A character no rule matches; the parser reports it.
    case char(Character)
    /// End of input.
    case eof
}

/// Operators and punctuation; the raw value is what sqlparser-rs displays in error messages.
enum Symbol: String, Hashable, Sendable {
    case comma = ","
    case period = "."
    case semicolon = ";"
    case leftParen = "("
    case rightParen = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case leftBrace = "{"
    case rightBrace = "}"
    case eq = "="
    case doubleEq = "=="
    case notEq = "<>"  // `!=` is lexed to this too, as sqlparser does
    case lt = "<"
    case ltEq = "<="
    case gt = ">"
    case gtEq = ">="
    case spaceship = "<=>"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case percent = "%"
    case concat = "||"
    case pipe = "|"
    case caret = "^"
    case ampersand = "&"
    case doubleAmpersand = "&&"
    case shiftLeft = "<<"
    case shiftRight = ">>"
    case tilde = "~"
    case tildeStar = "~*"
    case notTilde = "!~"
    case notTildeStar = "!~*"
    case doubleTilde = "~~"
    case exclamation = "!"
    case doubleExclamation = "!!"
    case colon = ":"
    case doubleColon = "::"
    case assignment = ":="
    case rightArrow = "=>"
    case arrow = "->"
    case longArrow = "->>"
    case atArrow = "@>"
    case arrowAt = "<@"
    case sharp = "#"
    case atSign = "@"
}

/// One lexed token with the location of its first character.
struct Token: Hashable, Sendable {
    var kind: TokenKind
    var location: SourceLocation

    /// The spelling sqlparser-rs uses for this token in `found: ...` error text.
    var display: String {
        switch kind {
        case .word(let text, let quote):
            guard let quote else { return text }
            let close: Character = quote == "[" ? "]" : quote
            return "\(quote)\(text)\(close)"
        case .number(let text): return text
        case .string(let text): return "'\(text.replacingAll("'", with: "''"))'"
        case .escapedString(let text): return "E'\(text)'"
        case .hexString(let text): return "X'\(text)'"
        case .placeholder(let text): return text
        case .symbol(let symbol): return symbol.rawValue
        case .char(let character): return String(character)
        case .eof: return "EOF"
        }
    }

    /// The upper-cased keyword spelling of an unquoted word, `nil` for anything else.
    var keyword: Keyword? {
        guard case .word(let text, nil) = kind else { return nil }
        return Keyword(rawValue: text.asciiUppercased)
    }
}

extension String {
    /// ASCII-only upper-casing; keyword matching must not depend on locale or Foundation.
    var asciiUppercased: String {
        String(decoding: utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// ASCII-only lower-casing, the identifier normalisation DataFusion applies (it uses Rust's
    /// `to_ascii_lowercase` as well, so non-ASCII letters keep their case).
    var asciiLowercased: String {
        String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Replaces every occurrence of a character; a tiny stand-in for Foundation's helper.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
