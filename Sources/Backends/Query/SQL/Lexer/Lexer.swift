/// Splits SQL text into tokens, following sqlparser-rs's tokenizer for DataFusion's generic dialect.
///
/// Works over the UTF-8 bytes in one forward pass (linear time). Whitespace and comments are dropped; the
/// result always ends with an `.eof` token.
struct Lexer {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Lexes the whole input.
    static func tokenize(_ text: String) throws(SQLParseError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if case .eof = token.kind { return tokens }
        }
    }

    var location: SourceLocation { SourceLocation(line: line, column: column) }

    func peek(_ offset: Int = 0) -> UInt8? {
        let position = index + offset
        return position < bytes.count ? bytes[position] : nil
    }

    /// Consumes one byte, keeping line and column (in Unicode scalars) up to date.
    mutating func advance() {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte == UInt8(ascii: "\r") {
            // CRLF counts as one line break, a lone CR as one too (sqlparser treats both as newlines).
            if peek() != UInt8(ascii: "\n") {
                line += 1
                column = 1
            }
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func advance(_ count: Int) {
        for _ in 0..<count { advance() }
    }

    func text(from start: Int) -> String {
        String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Produces the next token, skipping whitespace and comments.
    mutating func next() throws(SQLParseError) -> Token {
        try skipTrivia()
        let start = location
        guard let byte = peek() else { return Token(kind: .eof, location: start) }
        let kind: TokenKind
        switch byte {
        case UInt8(ascii: "'"):
            kind = .string(try quotedString(start: start))
        case UInt8(ascii: "\""), UInt8(ascii: "`"):
            kind = try delimitedIdentifier(start: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            kind = number()
        case UInt8(ascii: "."):
            kind = Lexer.isDigit(peek(1)) ? number() : symbol(.period, length: 1)
        case UInt8(ascii: "$"), UInt8(ascii: "?"):
            kind = placeholder()
        default:
            if let special = try prefixedString(start: start) {
                kind = special
            } else if Lexer.isIdentifierStart(byte) {
                kind = word()
            } else if let operatorKind = operatorSymbol() {
                kind = operatorKind
            } else {
                kind = unknownCharacter()
            }
        }
        return Token(kind: kind, location: start)
    }

    /// Skips spaces, `-- line` comments and (nested) `/* block */` comments.
    mutating func skipTrivia() throws(SQLParseError) {
        while let byte = peek() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                advance()
            } else if byte == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-") {
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            } else if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                try blockComment()
            } else {
                return
            }
        }
    }

    mutating func blockComment() throws(SQLParseError) {
        advance(2)
        var depth = 1
        while depth > 0 {
            guard let byte = peek() else {
                throw .tokenizer("Unexpected EOF while in a multi-line comment", at: location)
            }
            if byte == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
                depth -= 1
                advance(2)
            } else if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                depth += 1
                advance(2)
            } else {
                advance()
            }
        }
    }

    mutating func word() -> TokenKind {
        let start = index
        while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
        return .word(text: text(from: start), quote: nil)
    }

    /// Numbers keep their source text: `1`, `1.5`, `.5`, `5.`, `1e3`, `2.5E-3`. `0x1F` is a hex string.
    mutating func number() -> TokenKind {
        if peek() == UInt8(ascii: "0"), peek(1) == UInt8(ascii: "x") || peek(1) == UInt8(ascii: "X"),
            Lexer.isHexDigit(peek(2))
        {
            advance(2)
            let start = index
            while Lexer.isHexDigit(peek()) { advance() }
            return .hexString(text(from: start))
        }
        let start = index
        while Lexer.isDigit(peek()) { advance() }
        if peek() == UInt8(ascii: ".") {
            advance()
            while Lexer.isDigit(peek()) { advance() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let signed = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
            if Lexer.isDigit(peek(signed ? 2 : 1)) {
                advance(signed ? 2 : 1)
                while Lexer.isDigit(peek()) { advance() }
            }
        }
        return .number(text(from: start))
    }

    /// `$1`, `$name`, a lone `$`, or `?`.
    mutating func placeholder() -> TokenKind {
        let start = index
        advance()
        if bytes[start] == UInt8(ascii: "$") {
            while let byte = peek(), Lexer.isIdentifierPart(byte) { advance() }
        }
        return .placeholder(text(from: start))
    }

    mutating func symbol(_ symbol: Symbol, length: Int) -> TokenKind {
        advance(length)
        return .symbol(symbol)
    }

    mutating func unknownCharacter() -> TokenKind {
        let start = index
        advance()
        while let byte = peek(), byte & 0xC0 == 0x80 { advance() }
        return .char(text(from: start).first ?? "?")
    }

    static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isHexDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// Letters, `_` and any non-ASCII byte (sqlparser accepts Unicode letters in identifiers).
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "$")
    }
}
