/// Terminal column widths of text, approximating the `unicode-width` crate that comfy-table (and
/// so arrow's pretty tables) measures cells with: East Asian wide/fullwidth characters and emoji
/// take 2 columns, combining marks and other zero-width characters 0, everything else 1 —
/// control characters included, as `unicode-width` 0.2 counts them when measuring strings.
/// Of the 0.2 sequence rules, the common emoji ones are followed (checked against arrow): a
/// skin-tone modifier adds nothing, VS16 widens a preceding narrow symbol (`❤️` is 2), and an
/// emoji joined by ZWJ to a previous emoji adds nothing (`👨‍👩‍👧` is 2).
public enum DisplayWidth {
    /// Sorted, non-overlapping ranges of zero-width scalars (combining marks, joiners, selectors).
    static let zeroWidth: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x05BF...0x05BF, 0x05C1...0x05C2,
        0x05C4...0x05C5, 0x05C7...0x05C7, 0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670,
        0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED, 0x0711...0x0711,
        0x0730...0x074A, 0x0900...0x0902, 0x093A...0x093A, 0x093C...0x093C, 0x0941...0x0948,
        0x094D...0x094D, 0x0951...0x0957, 0x0E31...0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E,
        0x1160...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x202A...0x202E,
        0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF,
        0x1F3FB...0x1F3FF, 0xE0000...0xE0FFF,
    ]

    /// Sorted, non-overlapping ranges of double-width scalars (East Asian Wide/Fullwidth, emoji).
    static let doubleWidth: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
        0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E,
        0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
        0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
        0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The width of one Unicode scalar.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // unicode-width 0.2 gives the soft hyphen no width (checked against arrow's tables).
        if value < 0x300 { return value == 0xAD ? 0 : 1 }
        if contains(zeroWidth, value) { return 0 }
        if value >= 0x1100 && contains(doubleWidth, value) { return 2 }
        return 1
    }

    /// The width of UTF-8 `bytes` (valid UTF-8, as all Swift strings are).
    public static func width(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if !bytes.contains(where: { $0 >= 0x80 }) { return bytes.count }
        var measure = SequenceWidth()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            measure.add(scalar)
        }
        return measure.total
    }

    /// The width of `text`.
    public static func width(of text: String) -> Int {
        var measure = SequenceWidth()
        for scalar in text.unicodeScalars { measure.add(scalar) }
        return measure.total
    }

    /// Sums scalar widths, applying the emoji sequence rules described on `DisplayWidth`.
    struct SequenceWidth {
        var total = 0
        var previous: UInt32 = 0
        var previousWidth = 0
        var joinedToEmoji = false

        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            var width = DisplayWidth.width(of: scalar)
            if value == 0xFE0F && previousWidth == 1 && previous >= 0x2000 {
                width = 1
            } else if joinedToEmoji && width == 2 {
                width = 0
            }
            joinedToEmoji = value == 0x200D && previous >= 0x1F000
            if value != 0x200D {
                previous = value
                previousWidth = width
            }
            total += width
        }
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
