import LineProtocol
import Testing

/// UTF-8 validation of request bodies.
@Suite struct UTF8ValidationTests {
    static let cases: [([UInt8], Int?)] = [
        ([], nil),
        (Array("plain ascii line protocol, long enough for the fast path".utf8), nil),
        (Array("héllo wörld 😀 ✓".utf8), nil),
        ([0x61, 0x80], 1),
        ([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xFF], 9),
        ([0xC0, 0xAF], 0),
        ([0xC3], 0),
        ([0xE0, 0x80, 0x80], 0),
        ([0xED, 0xA0, 0x80], 0),
        ([0xEF, 0xBF, 0xBF], nil),
        ([0xF0, 0x9F, 0x98], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0xF4, 0x8F, 0xBF, 0xBF], nil),
        ([0x41, 0xE2, 0x82, 0xAC, 0x41, 0xE2, 0x28, 0xA1], 5),
    ]

    @Test(arguments: cases)
    func firstInvalidOffset(bytes: [UInt8], expected: Int?) {
        #expect(bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) } == expected)
    }

    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<24, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20..<0x7F) : UInt8.random(in: 0x80...0xFF)
            }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) == nil } == valid)
        }
    }
}
