import Kernel
import LineProtocol
import Testing

/// Write-validator rules: reserved names, duplicates, type conflicts and catalog limits.
@Suite struct ValidationTests {
    static let reservedCases: [(String, String)] = [
        ("m,time=a f=1", "'time' is a reserved column"),
        ("m time=1", "'time' is a reserved column"),
        ("m f=1,time=2i", "'time' is a reserved column"),
        ("m,__chunk_order=a f=1", "'__chunk_order' is a reserved column"),
        ("m __chunk_order=1", "'__chunk_order' is a reserved column"),
    ]

    @Test(arguments: reservedCases)
    func reservedNames(line: String, message: String) {
        let result = parse(line)
        #expect(result.errors.map(\.message) == [message])
        #expect(result.tables.isEmpty)
    }

    @Test func duplicateFieldsAreRejectedDuplicateTagsAccepted() {
        #expect(errorMessage("m f=1,f=2") == "invalid line protocol - multiple instances of 'f' field found")
        #expect(errorMessage("m f=1,f=2i") == "invalid line protocol - multiple instances of 'f' field found")
        // Also when the column already exists from an earlier line.
        let again = parse("m f=1\nm g=1,f=2,f=3")
        #expect(again.errors.map(\.message) == ["invalid line protocol - multiple instances of 'f' field found"])
        let tags = parse("m,t=a,t=b f=1")
        #expect(tags.errors.isEmpty)
        #expect(tags.tables.first?.tags.count == 1)
        #expect(tags.tables.first?.tags.first?.value(at: 0) == "b")
    }

    static func conflict(_ column: String, _ expected: ColumnType, _ got: ColumnType) -> String {
        "invalid column type for column '\(column)', expected \(expected.ioxName), got \(got.ioxName)"
    }

    static let conflictCases: [(String, String)] = [
        ("m f=1\nm f=\"s\"", conflict("f", .float, .string)),
        ("m f=1i\nm f=1u", conflict("f", .integer, .uinteger)),
        ("m f=1u\nm f=t", conflict("f", .uinteger, .boolean)),
        ("m f=t\nm f=1", conflict("f", .boolean, .float)),
        ("m,t=a f=1\nm t=1", conflict("t", .tag, .float)),
        ("m t=1\nm,t=a f=1", conflict("t", .float, .tag)),
        ("m,t=a t=1i", conflict("t", .tag, .integer)),
    ]

    @Test(arguments: conflictCases)
    func conflictsWithinARequest(body: String, message: String) {
        let result = parse(body)
        #expect(result.errors.map(\.message) == [message])
        #expect(result.errors.first?.lineNumber == 2 || !body.contains("\n"))
    }

    @Test func conflictsWithHints() {
        let hints = SchemaHints(tables: ["home": ["room": .tag, "temp": .float, "time": .time]], existingTableCount: 1)
        let body = "home,room=Sunroom temp=\"hi\" 1735549200\nhome room=1\nhome,temp=x c=1\nhome,room=K temp=2 1"
        let result = parse(body, schema: hints)
        #expect(
            result.errors.map(\.message) == [
                Self.conflict("temp", .float, .string),
                Self.conflict("room", .tag, .float),
                Self.conflict("temp", .float, .tag),
            ])
        #expect(result.errors.first?.originalLine == "home,room=Sunroom te")
        #expect(
            result.errors.first?.message
                == "invalid column type for column 'temp', expected iox::column_type::field::float, "
                + "got iox::column_type::field::string")
        #expect(result.acceptedLineCount == 1)
        #expect(result.tables.first?.tags.map(\.name) == ["room"])
        #expect(result.tables.first?.fields.map(\.name) == ["temp"])
    }

    @Test func tableLimitCountsExistingAndCreatedTables() {
        let limits = CatalogLimits(maxTables: 3)
        let hints = SchemaHints(tables: ["a": ["f": .float]], existingTableCount: 2, limits: limits)
        let result = parse("a f=1\nb f=1\nc f=1\na f=2\nb f=2\nd,x=1 f=1", schema: hints)
        let message =
            "Update to schema would exceed number of tables limit: attempted to create table but already have 3 table(s) (limit: 3)"
        #expect(result.errors.map(\.message) == [message, message])
        #expect(result.errors.map(\.lineNumber) == [3, 6])
        #expect(result.errors.map(\.isLimitError) == [true, true])
        #expect(result.tables.map(\.tableName) == ["a", "b"])
        #expect(result.tables.map(\.rowCount) == [2, 2])
    }

    @Test func columnLimitCountsTagsAndFieldsButNotTime() {
        let limits = CatalogLimits(maxColumnsPerTable: 3)
        let hints = SchemaHints(tables: ["m": ["t": .tag, "time": .time]], existingTableCount: 1, limits: limits)
        let body = "m,t=a f=1\nm,t=a f=1,g=2,h=3\nm g=2\nm h=3\nm,t=b f=2,g=3"
        let result = parse(body, schema: hints)
        let message = "Update to schema would exceed number of columns per table limit of 3 columns"
        #expect(result.errors.map(\.message) == [message, message])
        #expect(result.errors.map(\.lineNumber) == [2, 4])
        #expect(result.errors.map(\.isLimitError) == [true, true])
        #expect(result.tables.first?.fields.map(\.name) == ["f", "g"])
        #expect(result.tables.first?.rowCount == 3)
    }

    @Test func columnLimitOnANewTable() {
        let hints = SchemaHints(limits: CatalogLimits(maxColumnsPerTable: 2))
        let result = parse("n,a=1,b=2 c=1\nn,a=1 c=1", schema: hints)
        #expect(result.errors.map(\.lineNumber) == [1])
        #expect(result.tables.first?.rowCount == 1)
    }

    @Test func rejectedLinesLeaveNoTrace() {
        // Line 2 would add tag `u` and field `g` and then fails; line 3 may make `g` a string.
        let result = parse("m,t=a f=1 1\nm,u=x g=1,f=\"bad\" 2\nm g=\"s\" 3\nz,q=1 f=1,f=2 4")
        #expect(result.acceptedLineCount == 2)
        let batch = result.tables.first
        #expect(result.tables.count == 1)
        #expect(batch?.tags.map(\.name) == ["t"])
        #expect(batch?.fields.map(\.name) == ["f", "g"])
        #expect(batch?.fields.last?.values == .string(["", "s"]))
        #expect(batch?.checkInvariants() == true)
    }

    @Test func stringLimit() {
        let big = String(repeating: "x", count: 1 << 20)
        #expect(parse("m f=\"\(big)\"").errors.isEmpty)
        let tooBig = big + "y"
        let message = "String is greater than 1MB"
        #expect(errorMessage("m f=\"\(tooBig)\"") == message)
        #expect(errorMessage("\(tooBig) f=1") == message)
        #expect(errorMessage("m,\(tooBig)=v f=1") == message)
        #expect(errorMessage("m,t=\(tooBig) f=1") == message)
        #expect(errorMessage("m \(tooBig)=1") == message)
        // Escapes count after unescaping.
        #expect(parse("m f=\"\\\\\(big.dropFirst())\"").errors.isEmpty)
        let small = parse("m f=\"12345\"\nm g=\"123456\"", maxStringBytes: 5)
        #expect(small.errors.map(\.message) == [message])
    }
}
