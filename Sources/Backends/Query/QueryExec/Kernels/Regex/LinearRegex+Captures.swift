/// The leftmost-first match with its groups, still in linear time: the Pike VM keeps its threads
/// in priority order, each with its own capture slots; when a thread matches, the lower-priority
/// ones are dropped and the higher-priority ones run on (they may match longer), as Rust's
/// `regex` does. Greedy and lazy operators differ only in the priority of their splits.
extension LinearRegex {
    /// The whole match and each group's text (nil for a group that did not take part), or nil
    /// when the pattern matches nowhere.
    func firstMatch(_ text: String) -> [String?]? {
        let scalars = Array(text.unicodeScalars)
        guard let matched = firstMatchSlots(scalars, from: 0) else { return nil }
        return (0...groupCount).map { group in
            let start = matched[2 * group]
            let end = matched[2 * group + 1]
            guard start >= 0, end >= start else { return nil }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars[start..<end])
            return String(result)
        }
    }

    /// The capture slots (scalar offsets: start and end of the whole match, then of each group;
    /// -1 for a group that did not take part) of the leftmost-first match starting at or after
    /// `start`, or nil. Anchors still see the whole text.
    func firstMatchSlots(_ scalars: [Unicode.Scalar], from start: Int) -> [Int]? {
        let slotCount = 2 * (groupCount + 1)
        var current = CaptureThreads(capacity: program.count)
        var next = CaptureThreads(capacity: program.count)
        var matched: [Int]?
        guard start <= scalars.count else { return nil }
        for index in start...scalars.count {
            if matched == nil { add(0, Array(repeating: -1, count: slotCount), at: index, scalars, to: &current) }
            if current.pcs.isEmpty { break }
            next.clear()
            step: for (pc, slots) in zip(current.pcs, current.slots) {
                switch program[pc] {
                case .match:
                    matched = slots
                    break step  // lower-priority threads can no longer win
                case .character(let set):
                    if index < scalars.count, set.contains(scalars[index]) {
                        add(pc + 1, slots, at: index + 1, scalars, to: &next)
                    }
                case .any(let matchesNewline):
                    if index < scalars.count, matchesNewline || scalars[index] != "\n" {
                        add(pc + 1, slots, at: index + 1, scalars, to: &next)
                    }
                default: break
                }
            }
            swap(&current, &next)
        }
        return matched
    }

    /// `text` with its first (or, `global`, every) match replaced by `template`, whose `$N`,
    /// `${N}` and `\N` name groups (as DataFusion's `regexp_replace`). Empty matches follow
    /// Rust's `replace_all`: one character is kept after each, and none counts right after a match.
    func replacing(in text: String, with template: String, global: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        var previousEnd = -1
        while position <= scalars.count, let slots = firstMatchSlots(scalars, from: position) {
            let (start, end) = (slots[0], slots[1])
            if start == end, start == previousEnd {
                // An empty match right where the previous one ended is not a match (Rust's rule).
                if start < scalars.count { result.append(scalars[start]) }
                position = start + 1
                continue
            }
            previousEnd = end
            result.append(contentsOf: scalars[position..<start])
            result.append(contentsOf: Self.expand(template, slots, scalars).unicodeScalars)
            if end > start {
                position = end
            } else {
                if end < scalars.count { result.append(scalars[end]) }
                position = end + 1
            }
            if !global { break }
        }
        if position < scalars.count { result.append(contentsOf: scalars[position...]) }
        return String(result)
    }

    private static func expand(_ template: String, _ slots: [Int], _ scalars: [Unicode.Scalar]) -> String {
        var result = ""
        var characters = template[...]
        while let character = characters.popFirst() {
            guard character == "\\" || character == "$" else {
                result.append(character)
                continue
            }
            let braced = character == "$" && characters.first == "{"
            if braced { characters.removeFirst() }
            let digits = characters.prefix { $0.isNumber }
            guard !digits.isEmpty, let group = Int(digits) else {
                result.append(character)
                continue
            }
            characters.removeFirst(digits.count)
            if braced, characters.first == "}" { characters.removeFirst() }
            guard 2 * group + 1 < slots.count, slots[2 * group] >= 0, slots[2 * group + 1] >= slots[2 * group] else {
                continue
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[slots[2 * group]..<slots[2 * group + 1]])
            result += String(text)
        }
        return result
    }

    /// Adds the thread at `pc` and, in priority order, every thread reachable without input.
    private func add(
        _ pc: Int, _ slots: [Int], at index: Int, _ scalars: [Unicode.Scalar], to list: inout CaptureThreads
    ) {
        var stack = [(pc, slots)]
        while let (pc, slots) = stack.popLast() {
            guard list.insert(pc, slots) else { continue }
            switch program[pc] {
            case .jump(let target): stack.append((target, slots))
            case .save(let slot):
                var saved = slots
                saved[slot] = index
                stack.append((pc + 1, saved))
            case .split(let first, let second):
                stack.append((second, slots))
                stack.append((first, slots))
            case .lineStart(let multiline):
                if index == 0 || (multiline && scalars[index - 1] == "\n") { stack.append((pc + 1, slots)) }
            case .lineEnd(let multiline):
                if index == scalars.count || (multiline && scalars[index] == "\n") { stack.append((pc + 1, slots)) }
            case .character, .any, .match:
                break
            }
        }
    }
}

/// Live threads in priority order with their capture slots; each program counter at most once.
struct CaptureThreads {
    private(set) var pcs: [Int] = []
    private(set) var slots: [[Int]] = []
    private var stamps: [Int]
    private var generation = 1

    init(capacity: Int) {
        stamps = [Int](repeating: 0, count: capacity)
    }

    /// Every instruction reached is listed (stamped, so loops end); the step skips the
    /// control-flow ones.
    mutating func insert(_ pc: Int, _ threadSlots: [Int]) -> Bool {
        guard stamps[pc] != generation else { return false }
        stamps[pc] = generation
        pcs.append(pc)
        slots.append(threadSlots)
        return true
    }

    mutating func clear() {
        pcs.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        generation += 1
    }
}
