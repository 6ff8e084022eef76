import Kernel

/// Reads text with a chrono `strftime` format as chrono's `format::parse` does (DataFusion's
/// `to_date`/`to_timestamp` with formats): numbers skip leading whitespace and take at most
/// their field's width (`%Y` any width with a sign), a space in the format skips any
/// whitespace, names match case-insensitively, `%.f` is optional, and input left over is
/// `trailing input`.
struct ChronoParser {
    private let text: [Unicode.Scalar]
    private var position = 0
    private(set) var fields = ChronoFields()

    /// The fields `text` fills with `format`.
    static func parse(_ text: String, format: String) throws(ChronoParseError) -> ChronoFields {
        var parser = ChronoParser(text: Array(text.unicodeScalars))
        try parser.read(format: Array(format.unicodeScalars)[...])
        guard parser.position == parser.text.count else { throw .tooLong }
        return parser.fields
    }

    private init(text: [Unicode.Scalar]) {
        self.text = text
    }

    private mutating func read(format: ArraySlice<Unicode.Scalar>) throws(ChronoParseError) {
        var format = format
        while let scalar = format.popFirst() {
            if scalar.properties.isWhitespace {
                skipWhitespace()
                continue
            }
            guard scalar == "%" else {
                try literal(scalar)
                continue
            }
            while let pad = format.first, pad == "-" || pad == "_" || pad == "0" { format.removeFirst() }
            guard let specifier = format.popFirst() else { throw .badFormat }
            switch specifier {
            case ".", ":", "#", "3", "6", "9": try modified(specifier, &format)
            default: try self.specifier(specifier)
            }
        }
    }

    private mutating func modified(_ first: Unicode.Scalar, _ format: inout ArraySlice<Unicode.Scalar>)
        throws(ChronoParseError)
    {
        var spec = String(first)
        while let next = format.first, spec.count < 5, !(spec.last == "f" || spec.last == "z") {
            spec.unicodeScalars.append(next)
            format.removeFirst()
        }
        switch spec {
        case ".f", ".3f", ".6f", ".9f":
            // Optional; after the point, `%.f` takes any digits, `%.3f` exactly three.
            if current == "." {
                position += 1
                let width = spec == ".f" ? nil : Int(String(spec.dropFirst().prefix(1)))
                try fraction(digitsMin: width ?? 1, digitsMax: width)
            }
        case "3f", "6f", "9f":
            let width = Int(String(first)) ?? 9
            try fraction(digitsMin: width, digitsMax: width)
        case ":z", "::z", ":::z", "#z": try offset(minutesOptional: spec == "#z" || spec == ":::z")
        default: throw .badFormat
        }
    }

    private mutating func specifier(_ specifier: Unicode.Scalar) throws(ChronoParseError) {
        switch specifier {
        case "Y": try ChronoFields.set(&fields.year, try signedNumber(width: 4), in: -262_143...262_142)
        case "C": try ChronoFields.set(&fields.century, try number(width: 2), in: 0...Int(Int32.max))
        case "y": try ChronoFields.set(&fields.yearOfCentury, try number(width: 2), in: 0...99)
        case "G": try ChronoFields.set(&fields.isoYear, try signedNumber(width: 4), in: -262_143...262_142)
        case "g": try ChronoFields.set(&fields.isoYearOfCentury, try number(width: 2), in: 0...99)
        case "m": try ChronoFields.set(&fields.month, try number(width: 2), in: 1...12)
        case "d", "e": try ChronoFields.set(&fields.day, try number(width: 2), in: 1...31)
        case "j": try ChronoFields.set(&fields.ordinal, try number(width: 3), in: 1...366)
        case "U": try ChronoFields.set(&fields.weekFromSunday, try number(width: 2), in: 0...53)
        case "W": try ChronoFields.set(&fields.weekFromMonday, try number(width: 2), in: 0...53)
        case "V": try ChronoFields.set(&fields.isoWeek, try number(width: 2), in: 1...53)
        case "u": try ChronoFields.set(&fields.weekday, try number(width: 1) - 1, in: 0...6)
        case "w": try ChronoFields.set(&fields.weekday, (try number(width: 1) + 6) % 7, in: 0...6)
        case "H", "k": try fields.setHour(try number(width: 2))
        case "I", "l": try fields.setHour12(try number(width: 2))
        case "M": try ChronoFields.set(&fields.minute, try number(width: 2), in: 0...59)
        case "S": try ChronoFields.set(&fields.second, try number(width: 2), in: 0...60)
        case "f": try ChronoFields.set(&fields.nanosecond, try number(width: 9), in: 0...999_999_999)
        case "s": try ChronoFields.set(&fields.timestamp, try number(width: Int.max), in: 0...Int.max)
        case "b", "h": try ChronoFields.set(&fields.month, try name(Self.months, long: false) + 1, in: 1...12)
        case "B": try ChronoFields.set(&fields.month, try name(Self.months, long: true) + 1, in: 1...12)
        case "a": try ChronoFields.set(&fields.weekday, try name(Self.weekdays, long: false), in: 0...6)
        case "A": try ChronoFields.set(&fields.weekday, try name(Self.weekdays, long: true), in: 0...6)
        case "p", "P": try ChronoFields.set(&fields.hourDiv12, try meridiem(), in: 0...1)
        case "z": try offset(minutesOptional: false)
        case "Z": while let scalar = current, !scalar.properties.isWhitespace { position += 1 }
        case "t", "n": skipWhitespace()
        case "%": try literal("%")
        default:
            guard let expansion = Self.composites[specifier] else { throw .badFormat }
            try read(format: Array(expansion.unicodeScalars)[...])
        }
    }

    /// The composite specifiers, as chrono expands them.
    private static let composites: [Unicode.Scalar: String] = [
        "D": "%m/%d/%y", "x": "%m/%d/%y", "F": "%Y-%m-%d", "v": "%e-%b-%Y", "R": "%H:%M", "T": "%H:%M:%S",
        "X": "%H:%M:%S", "r": "%I:%M:%S %p", "c": "%a %b %e %H:%M:%S %Y", "+": "%Y-%m-%dT%H:%M:%S%.f%#z",
    ]

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    // MARK: scanners

    private var current: Unicode.Scalar? { position < text.count ? text[position] : nil }

    private mutating func skipWhitespace() {
        while let scalar = current, scalar.properties.isWhitespace { position += 1 }
    }

    private mutating func literal(_ expected: Unicode.Scalar) throws(ChronoParseError) {
        guard let scalar = current else { throw .tooShort }
        guard scalar == expected else { throw .invalid }
        position += 1
    }

    /// At least one and at most `width` ASCII digits, after any whitespace (chrono's `number`).
    private mutating func number(width: Int) throws(ChronoParseError) -> Int {
        skipWhitespace()
        guard current != nil else { throw .tooShort }
        var value = 0
        var count = 0
        while count < width, let scalar = current, ("0"..."9").contains(scalar) {
            let step = value.multipliedReportingOverflow(by: 10)
            let sum = step.partialValue.addingReportingOverflow(Int(scalar.value) - 48)
            guard !step.overflow, !sum.overflow else { throw .outOfRange }
            value = sum.partialValue
            count += 1
            position += 1
        }
        guard count > 0 else { throw .invalid }
        return value
    }

    /// A number with an optional sign; a signed one takes any number of digits.
    private mutating func signedNumber(width: Int) throws(ChronoParseError) -> Int {
        skipWhitespace()
        switch current {
        case "-":
            position += 1
            return -(try number(width: Int.max))
        case "+":
            position += 1
            return try number(width: Int.max)
        default: return try number(width: width)
        }
    }

    /// Fraction digits after the point: their value in nanoseconds (digits past nine ignored).
    private mutating func fraction(digitsMin: Int, digitsMax: Int?) throws(ChronoParseError) {
        var nanos = 0
        var count = 0
        while let scalar = current, ("0"..."9").contains(scalar), count < (digitsMax ?? Int.max) {
            if count < 9 { nanos = nanos * 10 + Int(scalar.value) - 48 }
            count += 1
            position += 1
        }
        guard count >= digitsMin else { throw current == nil ? .tooShort : .invalid }
        for _ in count..<max(count, 9) { nanos *= 10 }
        try ChronoFields.set(&fields.nanosecond, nanos, in: 0...999_999_999)
    }

    /// A month or weekday name: its three-letter abbreviation, or (`long`) the whole name too.
    private mutating func name(_ names: [String], long: Bool) throws(ChronoParseError) -> Int {
        guard position + 3 <= text.count else { throw .tooShort }
        let prefix = String(String.UnicodeScalarView(text[position..<(position + 3)])).lowercased()
        guard let index = names.firstIndex(where: { $0.hasPrefix(prefix) }) else { throw .invalid }
        position += 3
        let rest = Array(names[index].unicodeScalars.dropFirst(3))
        if long, position + rest.count <= text.count,
            String(String.UnicodeScalarView(text[position..<(position + rest.count)])).lowercased()
                == String(String.UnicodeScalarView(rest))
        {
            position += rest.count
        }
        return index
    }

    /// `AM`/`PM` in any case: 0 or 1 (the half of the day).
    private mutating func meridiem() throws(ChronoParseError) -> Int {
        guard position + 2 <= text.count else { throw .tooShort }
        let word = String(String.UnicodeScalarView(text[position..<(position + 2)])).lowercased()
        position += 2
        switch word {
        case "am": return 0
        case "pm": return 1
        default: throw .invalid
        }
    }

    /// `+hh:mm`, `+hhmm`, `-hh mm` (or `+hh` alone and `Z` for `%#z`): the offset in seconds.
    private mutating func offset(minutesOptional: Bool) throws(ChronoParseError) {
        skipWhitespace()
        guard let sign = current else { throw .tooShort }
        if minutesOptional, sign == "Z" || sign == "z" {
            position += 1
            try ChronoFields.set(&fields.offsetSeconds, 0, in: -86_399...86_399)
            return
        }
        guard sign == "+" || sign == "-" || sign == "\u{2212}" else { throw .invalid }
        position += 1
        let hours = try digits(2)
        if current == ":" { position += 1 } else { skipWhitespace() }
        var minutes = 0
        if minutesOptional, current.map({ !("0"..."9").contains($0) }) ?? true {
            minutes = 0
        } else {
            minutes = try digits(2)
            guard minutes < 60 else { throw .outOfRange }
        }
        let seconds = (hours * 60 + minutes) * 60
        try ChronoFields.set(&fields.offsetSeconds, sign == "+" ? seconds : -seconds, in: -86_399...86_399)
    }

    /// Exactly `count` ASCII digits.
    private mutating func digits(_ count: Int) throws(ChronoParseError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let scalar = current else { throw .tooShort }
            guard ("0"..."9").contains(scalar) else { throw .invalid }
            value = value * 10 + Int(scalar.value) - 48
            position += 1
        }
        return value
    }
}
