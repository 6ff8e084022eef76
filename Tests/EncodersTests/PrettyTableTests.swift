import HTTPSupport
import Kernel
import Testing

/// Exact pretty tables; expectations from InfluxDB 3's tests or recorded from arrow-rs
/// `pretty_format_batches` (datafusion-python `DataFrame.show`).
@Suite struct PrettyTableTests {
    @Test func referenceExample() {
        let expected = """
            +------+-------------------------------+-----+
            | host | time                          | val |
            +------+-------------------------------+-----+
            | a    | 1970-01-01T00:00:00.000000123 | 1   |
            +------+-------------------------------+-----+
            """
        #expect(encode(.pretty, [referenceBatch()]) == expected)
    }

    /// Nulls are empty cells; a value ending in `\n` takes a second, empty table line.
    @Test func nullsAndMultiLineCells() {
        let expected = """
            +-------+-------------------------------+------+
            | host  | time                          | val  |
            +-------+-------------------------------+------+
            | a     | 1970-01-01T00:00:00.000000123 | 3.0  |
            |       | 1969-12-31T23:59:59.999999999 |      |
            | b,"x" | 1970-01-01T00:00:01.500       | 1e-7 |
            |       |                               |      |
            +-------+-------------------------------+------+
            """
        #expect(encode(.pretty, [JSONAndCSVTests.nullsBatch]) == expected)
    }

    /// Widths come from every batch, and a header with `\n` spans two lines.
    @Test func widthsAcrossBatches() {
        let first = batch(Columns.tag("host", ["a", nil, "bb"]), Columns.float("v\nx", [1.0, nil, 2.5]))
        let second = batch(Columns.tag("host", [nil, "longer-host"]), Columns.float("v\nx", [nil, nil]))
        let expected = """
            +-------------+-----+
            | host        | v   |
            |             | x   |
            +-------------+-----+
            | a           | 1.0 |
            |             |     |
            | bb          | 2.5 |
            |             |     |
            | longer-host |     |
            +-------------+-----+
            """
        #expect(encode(.pretty, [first, second]) == expected)
    }

    /// Display widths: wide CJK and emoji count 2, combining marks 0, control characters 1.
    @Test func unicodeWidths() {
        let lines = [
            "+--------+----+", "| s      | n  |", "+--------+----+", "|        | 0  |", "|        | 1  |",
            "|  lead  | 2  |", "| trail  | 3  |", "| a\tb    | 4  |", "| #c     | 5  |", "| x\ry    | 6  |",
            "| \u{01}\u{1F}\u{7F}    | 7  |", "| é      | 8  |", "| 日本語 | 9  |", "| 😀     | 10 |",
            "| a/b\\c  | 11 |", "| \u{2028}      | 12 |", "| e\u{301}      | 13 |", "| \u{08}\u{0C}     | 14 |",
            "| 'q'    | 15 |", "+--------+----+",
        ]
        #expect(encode(.pretty, [JSONAndCSVTests.stringsBatch]) == lines.joined(separator: "\n"))
    }

    @Test func numbersAreLeftAligned() {
        let values = batch(
            Columns.integer("i", [.min, 7]), Columns.uinteger("u", [.max, nil]), Columns.boolean("b", [true, nil]))
        let expected = """
            +----------------------+----------------------+------+
            | i                    | u                    | b    |
            +----------------------+----------------------+------+
            | -9223372036854775808 | 18446744073709551615 | true |
            | 7                    |                      |      |
            +----------------------+----------------------+------+
            """
        #expect(encode(.pretty, [values]) == expected)
    }

    /// Emoji sequences, fullwidth and halfwidth forms, zero-width and control characters, recorded
    /// from arrow-rs; also a column whose header and cells are all empty (still one wide).
    @Test func emojiSequencesAndEmptyColumns() {
        let values = [
            "ｱ", "Ａ", "한", "a\u{200B}b", "👍\u{1F3FD}", "❤\u{FE0F}", "❤", "🇺🇸", "👨\u{200D}👩\u{200D}👧", "\u{AD}", "Ω",
            "\u{E01}\u{E31}", "→", "①", "€", "\u{3000}", "x\r\ny", "\u{1B}[1m",
        ]
        let emoji = batch(Columns.string("s", values), Columns.integer("n", (0..<18).map { Int64($0) }))
        let lines = [
            "+------+----+",
            "| s    | n  |",
            "+------+----+",
            "| ｱ    | 0  |",
            "| Ａ   | 1  |",
            "| 한   | 2  |",
            "| a\u{200b}b   | 3  |",
            "| 👍\u{1f3fd}   | 4  |",
            "| ❤\u{fe0f}   | 5  |",
            "| ❤    | 6  |",
            "| 🇺🇸   | 7  |",
            "| 👨\u{200d}👩\u{200d}👧   | 8  |",
            "| \u{ad}     | 9  |",
            "| Ω    | 10 |",
            "| กั    | 11 |",
            "| →    | 12 |",
            "| ①    | 13 |",
            "| €    | 14 |",
            "| \u{3000}   | 15 |",
            "| x\r   | 16 |",
            "| y    |    |",
            "| \u{1b}[1m | 17 |",
            "+------+----+",
        ]
        #expect(encode(.pretty, [emoji]) == lines.joined(separator: "\n"))
        let empty = batch(Columns.string("", ["", nil]))
        #expect(encode(.pretty, [empty]) == "+---+\n|   |\n+---+\n|   |\n|   |\n+---+")
    }
}
