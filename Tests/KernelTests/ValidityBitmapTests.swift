import Kernel
import Testing

@Suite("ValidityBitmap")
struct ValidityBitmapTests {
    @Test func appendReadTruncate() {
        var bits = ValidityBitmap()
        let pattern = (0..<200).map { $0 % 3 != 0 }
        for bit in pattern { bits.append(bit) }
        #expect(bits.count == 200)
        #expect((0..<200).map { bits[$0] } == pattern)
        #expect(bits.validCount == pattern.filter { $0 }.count)
        bits.truncate(to: 65)
        #expect(bits.count == 65)
        #expect(bits.words.count == 2)
        #expect(bits.validCount == pattern.prefix(65).filter { $0 }.count)
        bits.set(0, true)
        #expect(bits[0])
    }

    @Test(arguments: [0, 1, 63, 64, 65, 130])
    func repeating(count: Int) {
        let valid = ValidityBitmap(repeating: true, count: count)
        #expect(valid.validCount == count)
        #expect(ValidityBitmap(repeating: false, count: count).validCount == 0)
    }
}
