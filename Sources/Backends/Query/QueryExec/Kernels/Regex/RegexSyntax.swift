import Kernel

/// The parsed form of a regular expression (Rust `regex` syntax, the subset SQL users write):
/// literals, `.`, classes `[...]` with ranges and negation, `\d \w \s` and their negations,
/// anchors `^ $`, groups `(...)` `(?:...)`, alternation, `* + ? {m} {m,} {m,n}` and their lazy
/// forms (`*?` …: the matcher prefers fewer repetitions), inline flags `(?i) (?s) (?m) (?U)`
/// (`U` swaps greedy and lazy, as Rust's `regex`).
indirect enum RegexNode {
    case empty
    case character(ScalarSet)
    case any(matchesNewline: Bool)
    case lineStart(multiline: Bool)
    case lineEnd(multiline: Bool)
    case concatenation([RegexNode])
    case alternation([RegexNode])
    /// `greedy` false for the lazy forms: the compiled program then tries to stop before it
    /// tries one more repetition.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    /// A capturing group `(...)`, numbered from 1 in the order its `(` appears.
    case capture(Int, RegexNode)

    /// Whether the node matches the empty string (anchors are zero-width).
    var canMatchEmpty: Bool {
        switch self {
        case .empty, .lineStart, .lineEnd: true
        case .character, .any: false
        case .concatenation(let items): items.allSatisfy(\.canMatchEmpty)
        case .alternation(let branches): branches.contains(where: \.canMatchEmpty)
        case .repetition(let inner, let min, _, _): min == 0 || inner.canMatchEmpty
        case .capture(_, let inner): inner.canMatchEmpty
        }
    }
}

/// A set of Unicode scalars: explicit ranges, optionally negated, optionally case-insensitive.
struct ScalarSet {
    var ranges: [ClosedRange<UInt32>]
    var negated = false
    var caseInsensitive = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        var found = ranges.contains { $0.contains(scalar.value) }
        if !found, caseInsensitive {
            let lower = Character(scalar).lowercased().unicodeScalars.first?.value ?? scalar.value
            let upper = Character(scalar).uppercased().unicodeScalars.first?.value ?? scalar.value
            found = ranges.contains { $0.contains(lower) || $0.contains(upper) }
        }
        return found != negated
    }

    static let digits = ScalarSet(ranges: [48...57])
    static let word = ScalarSet(ranges: [48...57, 65...90, 95...95, 97...122])
    static let space = ScalarSet(ranges: [9...13, 32...32])
}

/// Parses a pattern into `RegexNode`s, with bounds: nesting depth and repetition counts are
/// limited so a hostile pattern cannot exhaust the stack or memory.
struct RegexParser {
    static let maxDepth = 64
    static let maxRepetition = 1_000

    private var scalars: [Unicode.Scalar]
    private var position = 0
    private var caseInsensitive = false
    private var dotMatchesNewline = false
    private var multiline = false
    private var swapGreed = false
    private var depth = 0
    /// Capturing groups opened so far.
    private(set) var groupCount = 0

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    static func parse(_ pattern: String) throws(KernelError) -> RegexNode {
        try parseCounting(pattern).node
    }

    /// The parsed pattern and its number of capturing groups.
    static func parseCounting(_ pattern: String) throws(KernelError) -> (node: RegexNode, groupCount: Int) {
        var parser = RegexParser(pattern)
        let node = try parser.alternation()
        guard parser.position == parser.scalars.count else { throw parser.error("unmatched )") }
        return (node, parser.groupCount)
    }

    private func error(_ reason: String) -> KernelError {
        KernelError(.invalidInput, "Arrow error: Invalid argument error: Regular expression did not compile: \(reason)")
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func alternation() throws(KernelError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth)") }
        var branches = [try concatenation()]
        while current == "|" {
            position += 1
            branches.append(try concatenation())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func concatenation() throws(KernelError) -> RegexNode {
        var items: [RegexNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            let atom = try self.atom()
            items.append(try quantified(atom))
        }
        return items.count == 1 ? items[0] : .concatenation(items)
    }

    private mutating func quantified(_ atom: RegexNode) throws(KernelError) -> RegexNode {
        var node = atom
        while let scalar = current {
            let bounds: (Int, Int?)
            switch scalar {
            case "*", "+", "?":
                position += 1
                bounds = scalar == "*" ? (0, nil) : scalar == "+" ? (1, nil) : (0, 1)
            case "{":
                bounds = try braces()
            default: return node
            }
            var greedy = true
            if current == "?" {
                position += 1
                greedy = false
            }
            node = .repetition(node, min: bounds.0, max: bounds.1, greedy: greedy != swapGreed)
        }
        return node
    }

    /// `{m}`, `{m,}`, `{m,n}`. As in Rust's `regex`, a brace is never a literal: anything else
    /// after `{` is an error.
    private mutating func braces() throws(KernelError) -> (Int, Int?) {
        position += 1
        func number() -> Int? {
            var value: Int?
            while let scalar = current, scalar.properties.numericType == .decimal, let digit = Int(String(scalar)) {
                value = min((value ?? 0) * 10 + digit, Int(Int32.max))
                position += 1
            }
            return value
        }
        guard current != nil else { throw error("unclosed counted repetition") }
        guard let low = number() else { throw error("repetition quantifier expects a valid decimal") }
        var high: Int? = low
        if current == "," {
            position += 1
            high = number()
        }
        guard current == "}" else {
            throw error(
                current == nil ? "unclosed counted repetition" : "repetition quantifier expects a valid decimal")
        }
        position += 1
        guard low <= Self.maxRepetition, (high ?? low) <= Self.maxRepetition, (high ?? low) >= low else {
            throw error("repetition count above \(Self.maxRepetition)")
        }
        return (low, high)
    }
}

extension RegexParser {
    private mutating func atom() throws(KernelError) -> RegexNode {
        guard let scalar = current else { throw error("unexpected end") }
        position += 1
        switch scalar {
        case "(": return try group()
        case "[": return .character(try characterClass())
        case ".": return .any(matchesNewline: dotMatchesNewline)
        case "^": return .lineStart(multiline: multiline)
        case "$": return .lineEnd(multiline: multiline)
        case "\\": return .character(try escape(inClass: false))
        case "*", "+", "?", "\u{7B}": throw error("repetition operator missing expression")  // U+007B: an opening brace
        default: return .character(literal(scalar))
        }
    }

    private func literal(_ scalar: Unicode.Scalar) -> ScalarSet {
        ScalarSet(ranges: [scalar.value...scalar.value], caseInsensitive: caseInsensitive)
    }

    private mutating func group() throws(KernelError) -> RegexNode {
        // Flags set inside a group, by `(?flags:` or a bare `(?flags)`, end with the group.
        let saved = (caseInsensitive, dotMatchesNewline, multiline, swapGreed)
        var captureIndex: Int?
        if current != "?" {
            groupCount += 1
            captureIndex = groupCount
        }
        if current == "?" {
            position += 1
            var enable = true
            var flags = (caseInsensitive, dotMatchesNewline, multiline, swapGreed)
            var seen: Set<Unicode.Scalar> = []
            while let scalar = current, scalar != ")", scalar != ":" {
                guard seen.insert(scalar).inserted else { throw error("duplicate flag") }
                switch scalar {
                case "-": enable = false
                case "i": flags.0 = enable
                case "s": flags.1 = enable
                case "m": flags.2 = enable
                case "U": flags.3 = enable
                case "x", "u": break
                case "P", "<": throw error("named groups are not supported")
                default: throw error("unknown group flag \(scalar)")
                }
                position += 1
            }
            guard let end = current else { throw error("unclosed group") }
            if scalars[position - 1] == "-" { throw error("dangling flag negation operator") }
            if end == ")", seen.isEmpty { throw error("repetition operator missing expression") }  // `(?)`
            position += 1
            if end == ")" {
                (caseInsensitive, dotMatchesNewline, multiline, swapGreed) = flags  // for the rest of the group
                return .empty
            }
            (caseInsensitive, dotMatchesNewline, multiline, swapGreed) = flags
        }
        let inner = try alternation()
        guard current == ")" else { throw error("unclosed group") }
        position += 1
        (caseInsensitive, dotMatchesNewline, multiline, swapGreed) = saved
        return captureIndex.map { .capture($0, inner) } ?? inner
    }

    private mutating func characterClass() throws(KernelError) -> ScalarSet {
        var set = ScalarSet(ranges: [], caseInsensitive: caseInsensitive)
        if current == "^" {
            set.negated = true
            position += 1
        }
        var first = true
        while let scalar = current, scalar != "]" || first {
            first = false
            position += 1
            var low: ScalarSet
            if scalar == "\\" {
                low = try escape(inClass: true)
            } else if scalar == "[", current == ":" {
                low = try posixClass()
            } else {
                low = ScalarSet(ranges: [scalar.value...scalar.value])
            }
            if current == "-", position + 1 < scalars.count, scalars[position + 1] != "]",
                low.ranges.count == 1, let from = low.ranges.first, from.count == 1
            {
                position += 1
                var upper = scalars[position].value
                position += 1
                if scalars[position - 1] == "\\" {
                    guard let escaped = try escape(inClass: true).ranges.first, escaped.count == 1 else {
                        throw error("invalid class range")
                    }
                    upper = escaped.lowerBound
                }
                guard from.lowerBound <= upper else { throw error("invalid class range") }
                low = ScalarSet(ranges: [from.lowerBound...upper])
            }
            guard !low.negated else {
                // A negated shorthand inside a class (`[\D]`): its complement as ranges.
                set.ranges += Self.complement(low.ranges)
                continue
            }
            set.ranges += low.ranges
        }
        guard current == "]" else { throw error("unclosed character class") }
        position += 1
        return set
    }

    private mutating func posixClass() throws(KernelError) -> ScalarSet {
        let start = position
        while let scalar = current, scalar != "]" { position += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<position]))
        position += 1
        switch name {
        case ":alpha:": return ScalarSet(ranges: [65...90, 97...122])
        case ":digit:": return .digits
        case ":alnum:": return ScalarSet(ranges: [48...57, 65...90, 97...122])
        case ":space:": return .space
        case ":upper:": return ScalarSet(ranges: [65...90])
        case ":lower:": return ScalarSet(ranges: [97...122])
        default: throw error("unknown POSIX class \(name)")
        }
    }

    private mutating func escape(inClass: Bool) throws(KernelError) -> ScalarSet {
        guard let scalar = current else { throw error("trailing backslash") }
        position += 1
        switch scalar {
        case "d": return ScalarSet.digits
        case "D": return ScalarSet(ranges: ScalarSet.digits.ranges, negated: true)
        case "w": return ScalarSet.word
        case "W": return ScalarSet(ranges: ScalarSet.word.ranges, negated: true)
        case "s": return ScalarSet.space
        case "S": return ScalarSet(ranges: ScalarSet.space.ranges, negated: true)
        case "n": return literal("\n")
        case "t": return literal("\t")
        case "r": return literal("\r")
        default:
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                throw error("unsupported escape \\\(scalar)")
            }
            return literal(scalar)
        }
    }

    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = max(next, range.upperBound &+ 1)
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }
}
