import Kernel

/// A regular expression matched in linear time (a Pike VM over a compiled NFA: every input
/// position is visited once with at most one thread per instruction), so no pattern/input pair
/// can make matching exponential, as Rust's `regex` (which InfluxDB uses) guarantees too.
/// `matches` answers "does the pattern match somewhere in the text" (`~`, `LIKE`,
/// `regexp_like`); `firstMatch` also reports the groups (`regexp_match`).
struct LinearRegex {
    /// One instruction of the compiled program.
    enum Instruction {
        case character(ScalarSet)
        case any(matchesNewline: Bool)
        case lineStart(multiline: Bool)
        case lineEnd(multiline: Bool)
        case split(Int, Int)
        case jump(Int)
        /// Records the input position in capture slot `n` (group `n / 2`, start or end).
        case save(Int)
        case match
    }

    /// Compiled programs larger than this are refused (bounded repetition expands the program).
    static let maxInstructions = 20_000

    let program: [Instruction]
    /// Capturing groups in the pattern (group 0, the whole match, not counted).
    let groupCount: Int

    init(_ pattern: String) throws(KernelError) {
        var compiler = Compiler()
        let parsed = try RegexParser.parseCounting(pattern)
        compiler.program.append(.save(0))
        try compiler.emit(parsed.node)
        compiler.program.append(.save(1))
        compiler.program.append(.match)
        program = compiler.program
        groupCount = parsed.groupCount
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        for index in 0...scalars.count {
            // Unanchored search: a new thread starts at every position.
            if add(0, at: index, scalars, to: &current) { return true }
            guard index < scalars.count else { break }
            let scalar = scalars[index]
            next.clear()
            for pc in current.items {
                let advances: Bool
                switch program[pc] {
                case .character(let set): advances = set.contains(scalar)
                case .any(let matchesNewline): advances = matchesNewline || scalar != "\n"
                default: advances = false
                }
                if advances, add(pc + 1, at: index + 1, scalars, to: &next) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds the thread at `pc` and everything reachable without consuming input; true on a match.
    private func add(_ pc: Int, at index: Int, _ scalars: [Unicode.Scalar], to list: inout ThreadList) -> Bool {
        var stack = [pc]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .save: stack.append(pc + 1)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .lineStart(let multiline):
                if index == 0 || (multiline && scalars[index - 1] == "\n") { stack.append(pc + 1) }
            case .lineEnd(let multiline):
                if index == scalars.count || (multiline && scalars[index] == "\n") { stack.append(pc + 1) }
            case .character, .any:
                break
            }
        }
        return false
    }

    /// The set of live threads (program counters), with O(1) membership by generation stamps.
    struct ThreadList {
        private(set) var items: [Int] = []
        private var stamps: [Int]
        private var generation = 1

        init(capacity: Int) {
            stamps = [Int](repeating: 0, count: capacity)
        }

        mutating func insert(_ pc: Int) -> Bool {
            guard stamps[pc] != generation else { return false }
            stamps[pc] = generation
            items.append(pc)
            return true
        }

        mutating func clear() {
            items.removeAll(keepingCapacity: true)
            generation += 1
        }
    }

    /// Compiles `RegexNode`s to instructions (Thompson's construction).
    struct Compiler {
        var program: [Instruction] = []

        mutating func emit(_ node: RegexNode) throws(KernelError) {
            guard program.count <= LinearRegex.maxInstructions else {
                throw KernelError(.invalidInput, "Arrow error: Invalid argument error: Regular expression is too large")
            }
            switch node {
            case .empty: break
            case .character(let set): program.append(.character(set))
            case .any(let newline): program.append(.any(matchesNewline: newline))
            case .lineStart(let multiline): program.append(.lineStart(multiline: multiline))
            case .lineEnd(let multiline): program.append(.lineEnd(multiline: multiline))
            case .concatenation(let items): for item in items { try emit(item) }
            case .alternation(let branches): try emitAlternation(branches)
            case .repetition(let inner, let min, let max, let greedy):
                try emitRepetition(inner, min: min, max: max, greedy: greedy)
            case .capture(let index, let inner):
                program.append(.save(2 * index))
                try emit(inner)
                program.append(.save(2 * index + 1))
            }
        }

        private mutating func emitAlternation(_ branches: [RegexNode]) throws(KernelError) {
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    try emit(branch)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        }

        /// Repetition compiled as Rust's `regex` compiles it, so that groups capture the same
        /// text: `e{m,n}` is `e` m times then n − m optional copies that all exit to the end;
        /// `e*` is a loop before `e`, or `(e+)?` when `e` can match the empty string; `e{m,}` is
        /// `e` m − 1 times then `e+` (the loop after `e`). A lazy repetition swaps the two exits
        /// of each split, so the thread that stops has the higher priority.
        private mutating func emitRepetition(_ inner: RegexNode, min: Int, max: Int?, greedy: Bool) throws(KernelError)
        {
            func split(_ more: Int, _ stop: Int) -> Instruction { greedy ? .split(more, stop) : .split(stop, more) }
            if let max {
                for _ in 0..<min { try emit(inner) }
                var exits: [Int] = []
                for _ in min..<max {
                    exits.append(program.count)
                    program.append(.jump(0))  // placeholder for the split
                    try emit(inner)
                }
                for exit in exits { program[exit] = split(exit + 1, program.count) }
            } else if min == 0, !inner.canMatchEmpty {
                let loop = program.count
                program.append(.jump(0))
                try emit(inner)
                program.append(.jump(loop))
                program[loop] = split(loop + 1, program.count)
            } else if min == 0 {
                let question = program.count
                program.append(.jump(0))
                try emit(inner)
                program.append(split(question + 1, program.count + 1))
                program[question] = split(question + 1, program.count)
            } else {
                for _ in 0..<(min - 1) { try emit(inner) }
                let start = program.count
                try emit(inner)
                program.append(split(start, program.count + 1))
            }
        }
    }
}
