import Kernel

/// `LIKE`/`ILIKE` (`%` any run, `_` one character, `\` escapes) and the regex operators
/// `~ ~* !~ !~*`. Patterns are compiled once per distinct pattern to a `LinearRegex`, so matching
/// is linear in the text whatever the pattern; a pattern longer than `maxPatternLength` is
/// refused, which bounds compilation cost.
enum PatternMatching {
    static let maxPatternLength = 4_096

    static func evaluate(_ op: BinaryOperator, _ left: Datum, _ right: Datum, count: Int) throws(KernelError) -> Datum {
        let subjects = try Cast.column(left.column(count: count, type: .string), to: .string)
        let patterns = try Cast.column(right.column(count: count, type: .string), to: .string)
        guard case .string(let texts) = subjects.values, case .string(let pats) = patterns.values else {
            return .scalar(.null)
        }
        var cache: [String: Matcher] = [:]
        var values = [Bool](repeating: false, count: count)
        var validity = ValidityBitmap()
        for row in 0..<count {
            guard subjects.validity[row], patterns.validity[row] else {
                validity.append(false)
                continue
            }
            let matcher: Matcher
            if let cached = cache[pats[row]] {
                matcher = cached
            } else {
                matcher = try Matcher(op, pattern: pats[row])
                cache[pats[row]] = matcher
            }
            values[row] = matcher.matches(texts[row])
            validity.append(true)
        }
        let column = ColumnBuild.booleans(values, validity)
        if case .scalar = left, case .scalar = right { return .scalar(column.scalar(at: 0)) }
        return .column(column)
    }

    /// A compiled LIKE or regex pattern.
    struct Matcher {
        let regex: LinearRegex
        let negated: Bool

        init(_ op: BinaryOperator, pattern: String) throws(KernelError) {
            guard pattern.utf8.count <= PatternMatching.maxPatternLength else {
                throw KernelError(.invalidInput, "regex pattern longer than \(PatternMatching.maxPatternLength) bytes")
            }
            let caseInsensitive: Bool
            let source: String
            switch op {
            case .like, .notLike, .iLike, .notILike:
                source = "^" + PatternMatching.likeToRegex(pattern) + "$"
                caseInsensitive = op == .iLike || op == .notILike
                negated = op == .notLike || op == .notILike
            default:
                source = pattern
                caseInsensitive = op == .regexIMatch || op == .regexNotIMatch
                negated = op == .regexNotMatch || op == .regexNotIMatch
            }
            regex = try LinearRegex((caseInsensitive ? "(?i)" : "") + source)
        }

        func matches(_ text: String) -> Bool {
            regex.matches(text) != negated
        }
    }

    static func likeToRegex(_ pattern: String) -> String {
        var out = ""
        var escaped = false
        for character in pattern {
            if escaped {
                out += NSRegexEscape.escape(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "%" {
                out += "(?s:.*)"
            } else if character == "_" {
                out += "(?s:.)"
            } else {
                out += NSRegexEscape.escape(character)
            }
        }
        return out
    }
}

/// Escapes a character for use as a literal in a regex.
enum NSRegexEscape {
    static func escape(_ character: Character) -> String {
        "\\^$.|?*+()[]{}/".contains(character) ? "\\" + String(character) : String(character)
    }
}
