import Kernel
import Testing

@testable import QueryExec

@Suite("Bounds on what row-wise functions build")
struct GeneratedSizeBudgetTests {
    @Test func stringsOfOneColumnAreBoundedInBytes() throws {
        var budget = GeneratedSizeBudget(.rpad, maxStringBytes: 10)
        try budget.charge(.string("12345"))
        try budget.charge(.string("67890"))
        #expect(throws: KernelError.self) { try budget.charge(.string("x")) }
    }

    @Test func listsOfOneColumnAreBoundedInItems() throws {
        var budget = GeneratedSizeBudget(.arrayRepeat, maxListItems: 3)
        try budget.charge(.list(ScalarValues([.integer(1), .integer(2)])))
        try budget.charge(.integer(7))
        do {
            try budget.charge(.list(ScalarValues([.integer(1), .integer(2)])))
            Issue.record("expected the budget to be exceeded")
        } catch {
            #expect(
                error.message == "Resources exhausted: array_repeat would build more than 3 list items in one batch")
        }
    }

    @Test func repeatAndPadRefuseDataFusionsOversizedResults() throws {
        #expect(throws: KernelError.self) {
            try FunctionKernels.apply(.repeat, [.string("ab"), .integer(2_000_000_000)])
        }
        #expect(throws: KernelError.self) { try FunctionKernels.apply(.lpad, [.string("a"), .integer(3_000_000_000)]) }
        #expect(try FunctionKernels.apply(.repeat, [.string("ab"), .integer(3)]) == .string("ababab"))
        #expect(try FunctionKernels.apply(.lpad, [.string("a"), .integer(6), .string("xy")]) == .string("xyxyxa"))
    }
}
