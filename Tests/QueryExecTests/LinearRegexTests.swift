import Kernel
import Testing

@testable import QueryExec

@Suite("LinearRegex: Rust-regex subset matched in linear time")
struct LinearRegexTests {
    @Test(arguments: [
        ("abc", "xxabcxx", true), ("^abc", "xabc", false), ("abc$", "xabc", true), ("a.c", "abc", true),
        ("a.c", "a\nc", false), ("(?s)a.c", "a\nc", true), ("colou?r", "color", true), ("colou?r", "colouur", false),
        ("^a+b*$", "aaab", true), ("^a{2,3}$", "aaaa", false), ("^a{2,3}$", "aaa", true), ("^a{2}$", "aa", true),
        ("^(ab|cd)+$", "abcdab", true), ("^(ab|cd)+$", "abc", false), ("[0-9]+", "x42", true),
        ("^[^0-9]+$", "ab1", false),
        ("\\d{3}", "a123", true), ("^\\w+$", "ab_9", true), ("^\\w+$", "a-b", false), ("\\s", "a b", true),
        ("(?i)HOST", "my host", true), ("HOST", "my host", false), ("^$", "", true), ("x*", "", true),
        ("^(a|ab)(c|bcd)(d*)$", "abcd", true), ("[a\\-z]", "-", true), ("[[:digit:]]", "7", true), ("\\.", "a.b", true),
        ("\\.", "ab", false), ("(?m)^b$", "a\nb\nc", true), ("^b$", "a\nb\nc", false), ("(?:ab)*c", "ababc", true),
    ])
    func matching(pattern: String, text: String, expected: Bool) throws {
        #expect(try LinearRegex(pattern).matches(text) == expected, "\(pattern) on \(text)")
    }

    @Test func agreesWithSwiftRegexOnRandomCases() throws {
        var generator = SystemRandomNumberGenerator()
        let atoms = ["a", "b", ".", "[ab]", "(a|b)", "(ab)", "[^a]"]
        let quantifiers = ["", "", "*", "+", "?", "{1,2}"]
        for _ in 0..<300 {
            let pattern = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                atoms.randomElement(using: &generator)! + quantifiers.randomElement(using: &generator)!
            }.joined()
            let text = String(
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in "abc".randomElement(using: &generator)! })
            let expected = try text.contains(Regex(pattern))
            #expect(try LinearRegex(pattern).matches(text) == expected, "\(pattern) on \(text)")
        }
    }

    @Test func catastrophicPatternsStayLinear() throws {
        let text = String(repeating: "a", count: 20_000) + "b"
        #expect(try LinearRegex("^(a+)+$").matches(text) == false)
        #expect(try LinearRegex("^(a|aa)*c").matches(text) == false)
        #expect(try LinearRegex("(x+x+)+y").matches(String(repeating: "x", count: 5_000)) == false)
    }

    @Test(arguments: [
        "(", "a{2,1}", "[a", "a{1001}", "\\", "(?P<x>a)", "*a", String(repeating: "(", count: 100) + "a",
        // Rust's `regex` never reads a brace as a literal, and refuses repeated or dangling flags.
        "a{", "a{x}", "{", "a{,3}", "a{1", "(?ii)a", "(?i-i)a", "(?-)a", "(?)a",
    ])
    func invalidPatternsAreErrors(pattern: String) {
        #expect(throws: KernelError.self) { try LinearRegex(pattern) }
    }

    @Test(
        arguments: [
            ("(\\w+)-(\\w+)", "us-east", ["us-east", "us", "east"]),
            ("^(a|ab)(c|bcd)(d*)$", "abcd", ["abcd", "a", "bcd", ""]),
            ("(x)?b", "abc", ["b", nil]),
            ("(a+)(a*)", "aaa", ["aaa", "aaa", ""]),
            ("(ab|cd)+", "xxabcdab!", ["abcdab", "ab"]),
            ("b", "abc", ["b"]),
        ] as [(String, String, [String?])])
    func capturesAreLeftmostFirst(pattern: String, text: String, groups: [String?]) throws {
        #expect(try LinearRegex(pattern).firstMatch(text) == groups, "\(pattern) on \(text)")
    }

    @Test func capturesAgreeWithSwiftRegexOnRandomCases() throws {
        var generator = SystemRandomNumberGenerator()
        let atoms = ["a", "b", ".", "[ab]", "(a|b)", "(ab)", "(b|ab)", "(a?b)"]
        let quantifiers = ["", "", "*", "+", "?"]
        for _ in 0..<300 {
            let pattern = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                atoms.randomElement(using: &generator)! + quantifiers.randomElement(using: &generator)!
            }.joined()
            let text = String(
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in "abc".randomElement(using: &generator)! })
            let expected = try text.firstMatch(of: Regex(pattern)).map { match in
                (0..<match.output.count).map { match.output[$0].substring.map(String.init) }
            }
            #expect(try LinearRegex(pattern).firstMatch(text) == expected, "\(pattern) on \(text)")
        }
    }

    /// Lazy operators (and `(?U)`, which swaps greed) prefer fewer repetitions; the expected
    /// groups are what DataFusion 55 (Rust's `regex`) answers.
    @Test(
        arguments: [
            ("(a+?)", "aaa", ["a", "a"]),
            ("(a*?)(a*)", "aaa", ["aaa", "", "aaa"]),
            ("<(.+?)>", "<a><b>", ["<a>", "a"]),
            ("x(a{1,}?)(a*)y", "xaaay", ["xaaay", "a", "aa"]),
            ("(a{2,}?)(a*)", "aaaa", ["aaaa", "aa", "aa"]),
            ("(a??)(a*)", "aaa", ["aaa", "", "aaa"]),
            ("(?U)(a+)", "aaa", ["a", "a"]),
            ("(?U)(a+?)", "aaa", ["aaa", "aaa"]),
            ("((?U)a+)(a*)", "aaa", ["aaa", "a", "aa"]),
            ("(?U)(.*)c", "abcabc", ["abc", "ab"]),
            ("(ab)*?(ab)", "abab", ["ab", nil, "ab"]),
        ] as [(String, String, [String?])])
    func lazyRepetitionsPreferFewer(pattern: String, text: String, groups: [String?]) throws {
        #expect(try LinearRegex(pattern).firstMatch(text) == groups, "\(pattern) on \(text)")
    }

    @Test func lazyCapturesAgreeWithSwiftRegexOnRandomCases() throws {
        var generator = SystemRandomNumberGenerator()
        let atoms = ["a", "b", ".", "[ab]", "(a|b)", "(ab)", "(b|ab)"]
        let quantifiers = ["", "*?", "+?", "??", "{1,2}?", "{2,}?", "*", "+"]
        for _ in 0..<300 {
            let pattern = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                atoms.randomElement(using: &generator)! + quantifiers.randomElement(using: &generator)!
            }.joined()
            let text = String(
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in "abc".randomElement(using: &generator)! })
            let expected = try text.firstMatch(of: Regex(pattern)).map { match in
                (0..<match.output.count).map { match.output[$0].substring.map(String.init) }
            }
            #expect(try LinearRegex(pattern).firstMatch(text) == expected, "\(pattern) on \(text)")
        }
    }

    @Test func lazyReplacing() throws {
        #expect(try LinearRegex("a+?").replacing(in: "aaa", with: "x", global: false) == "xaa")
        #expect(try LinearRegex("a+?").replacing(in: "aaa", with: "x", global: true) == "xxx")
        #expect(try LinearRegex("a*?").replacing(in: "aaa", with: "x", global: true) == "xaxaxax")
        #expect(try LinearRegex("(?U)a+").replacing(in: "aaa", with: "x", global: false) == "xaa")
        let long = String(repeating: "a", count: 20_000) + "c"
        #expect(try LinearRegex("^(a+?)+?b").replacing(in: long, with: "x", global: true) == long)
    }

    @Test func capturingStaysLinear() throws {
        let text = String(repeating: "a", count: 20_000) + "b"
        #expect(try LinearRegex("^(a+)+$").firstMatch(text) == nil)
        #expect(try LinearRegex("(a|aa)*b").firstMatch(text)?.first == text)
    }

    @Test func replacingFollowsRustRules() throws {
        #expect(try LinearRegex("e*").replacing(in: "us-east", with: ".", global: true) == ".u.s.-.a.s.t.")
        #expect(try LinearRegex("a*").replacing(in: "aab", with: ".", global: true) == ".b.")
        #expect(try LinearRegex("(\\w+)-(\\w+)").replacing(in: "us-east", with: "$2:\\1", global: false) == "east:us")
        #expect(try LinearRegex("s").replacing(in: "sass", with: "${0}!", global: false) == "s!ass")
        // A catastrophic pattern for a backtracking engine stays linear here.
        let long = String(repeating: "a", count: 20_000) + "c"
        #expect(try LinearRegex("^(a+)+b").replacing(in: long, with: "x", global: true) == long)
    }
}
