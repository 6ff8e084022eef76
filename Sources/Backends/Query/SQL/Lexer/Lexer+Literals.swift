/// String, quoted-identifier and operator rules of the lexer, kept apart from the driver loop.
extension Lexer {
    /// `'...'` with `''` as an escaped quote; backslashes are literal (generic dialect).
    mutating func quotedString(start: SourceLocation) throws(SQLParseError) -> String {
        advance()
        var content: [UInt8] = []
        while let byte = peek() {
            advance()
            if byte == UInt8(ascii: "'") {
                guard peek() == UInt8(ascii: "'") else { return String(decoding: content, as: UTF8.self) }
                advance()
            }
            content.append(byte)
        }
        throw .tokenizer("Unterminated string literal", at: start)
    }

    /// `"Ident"` (or a backquoted one) with a doubled delimiter as escape; case is kept exactly.
    mutating func delimitedIdentifier(start: SourceLocation) throws(SQLParseError) -> TokenKind {
        let quote = bytes[index]
        advance()
        var content: [UInt8] = []
        while let byte = peek() {
            advance()
            if byte == quote {
                guard peek() == quote else {
                    return .word(
                        text: String(decoding: content, as: UTF8.self), quote: Character(Unicode.Scalar(quote)))
                }
                advance()
            }
            content.append(byte)
        }
        throw .tokenizer("Expected close delimiter '\(Character(Unicode.Scalar(quote)))' before EOF.", at: start)
    }

    /// `E'...'` escape strings and `X'...'` hex strings; `nil` when the current word is something else.
    mutating func prefixedString(start: SourceLocation) throws(SQLParseError) -> TokenKind? {
        guard let byte = peek(), peek(1) == UInt8(ascii: "'") else { return nil }
        switch byte | 0x20 {
        case UInt8(ascii: "e"):
            advance()
            return .escapedString(try escapedString(start: start))
        case UInt8(ascii: "x"):
            advance()
            return .hexString(try quotedString(start: start))
        default:
            return nil
        }
    }

    /// The body of `E'...'`: backslash escapes as in PostgreSQL (`\n`, `\t`, `\\`, `\'`, octal, `\x`, `\u`);
    /// an unknown escape yields the character itself, as sqlparser does.
    mutating func escapedString(start: SourceLocation) throws(SQLParseError) -> String {
        advance()
        var result = ""
        var pending: [UInt8] = []
        func flush() {
            result += String(decoding: pending, as: UTF8.self)
            pending.removeAll()
        }
        while let byte = peek() {
            advance()
            if byte == UInt8(ascii: "'") {
                guard peek() == UInt8(ascii: "'") else {
                    flush()
                    return result
                }
                advance()
                pending.append(byte)
            } else if byte == UInt8(ascii: "\\"), let escaped = peek() {
                advance()
                flush()
                result.unicodeScalars.append(unescape(escaped))
            } else {
                pending.append(byte)
            }
        }
        throw .tokenizer("Unterminated encoded string literal", at: start)
    }

    /// Decodes one backslash escape whose first character (already consumed) is `first`.
    mutating func unescape(_ first: UInt8) -> Unicode.Scalar {
        switch first {
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = UInt32(first - UInt8(ascii: "0"))
            for _ in 0..<2 {
                guard let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "7") else { break }
                value = value * 8 + UInt32(byte - UInt8(ascii: "0"))
                advance()
            }
            return Unicode.Scalar(value & 0xFF) ?? "?"
        case UInt8(ascii: "x"): return hexEscape(maxDigits: 2) ?? "x"
        case UInt8(ascii: "u"): return hexEscape(maxDigits: 4) ?? "u"
        case UInt8(ascii: "U"): return hexEscape(maxDigits: 8) ?? "U"
        default:
            // Multi-byte characters after a backslash are kept whole.
            var scalarBytes = [first]
            while let byte = peek(), byte & 0xC0 == 0x80 {
                scalarBytes.append(byte)
                advance()
            }
            return String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first ?? "?"
        }
    }

    mutating func hexEscape(maxDigits: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        var digits = 0
        while digits < maxDigits, let byte = peek(), Lexer.isHexDigit(byte) {
            let digit = Lexer.isDigit(byte) ? byte - UInt8(ascii: "0") : (byte | 0x20) - UInt8(ascii: "a") + 10
            value = value * 16 + UInt32(digit)
            digits += 1
            advance()
        }
        return digits == 0 ? nil : Unicode.Scalar(value)
    }

    /// Longest-match operator lexing over sqlparser's operator set.
    mutating func operatorSymbol() -> TokenKind? {
        // `!=` is an alias spelling of `<>`; it must win over the one-character `!`.
        if matches("!=") { return self.symbol(.notEq, length: 2) }
        for symbol in Lexer.operatorsByLength where matches(symbol.rawValue) {
            return self.symbol(symbol, length: symbol.rawValue.utf8.count)
        }
        return nil
    }

    func matches(_ spelling: String) -> Bool {
        var offset = 0
        for byte in spelling.utf8 {
            if peek(offset) != byte { return false }
            offset += 1
        }
        return true
    }

    /// Every symbol, longest spelling first, so `->>` wins over `->` and `-`.
    static let operatorsByLength: [Symbol] = {
        let all: [Symbol] = [
            .comma, .period, .semicolon, .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace,
            .rightBrace, .eq, .doubleEq, .notEq, .lt, .ltEq, .gt, .gtEq, .spaceship, .plus, .minus, .star, .slash,
            .percent, .concat, .pipe, .caret, .ampersand, .doubleAmpersand, .shiftLeft, .shiftRight, .tilde,
            .tildeStar, .notTilde, .notTildeStar, .doubleTilde, .exclamation, .doubleExclamation, .colon,
            .doubleColon, .assignment, .rightArrow, .arrow, .longArrow, .atArrow, .arrowAt, .sharp, .atSign,
        ]
        return all.sorted { $0.rawValue.utf8.count > $1.rawValue.utf8.count }
    }()
}
