import Kernel
import Testing

@Suite("Database name rules")
struct DatabaseNameTests {
    @Test(arguments: ["db", "a", "9lives", "my_db-1", "db/rp", String(repeating: "x", count: 511)])
    func validNames(name: String) throws {
        #expect(try DatabaseName(validating: name).value == name)
    }

    @Test(arguments: [
        ("", "db name cannot be empty"),
        (String(repeating: "x", count: 512), "db name too long: max 511"),
        ("_internal", "db name did not start with a number or letter"),
        ("-x", "db name did not start with a number or letter"),
        (
            "a b",
            "invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens"
        ),
        ("é", "db name did not start with a number or letter"),
        (
            "ab'",
            "invalid character in database or rp name: must be ASCII, containing only letters, numbers, underscores, or hyphens"
        ),
        (
            "a/b/c",
            "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"
        ),
        (
            "a/",
            "db name with invalid retention policy, if providing a retention policy name, must be of form '<db_name>/<rp_name>'"
        ),
    ])
    func invalidNames(name: String, message: String) {
        #expect(throws: KernelError(.invalidInput, message)) { try DatabaseName(validating: name) }
    }

    @Test func v1v2NamesAreShorter() throws {
        let name = String(repeating: "a", count: 65)
        #expect(throws: KernelError.self) { try DatabaseName(validating: name, dialect: .v1v2) }
        #expect(try DatabaseName(validating: String(name.dropLast()), dialect: .v1v2).value.count == 64)
    }
}
