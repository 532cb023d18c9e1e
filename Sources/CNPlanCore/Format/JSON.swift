/// A parsed JSON value; objects keep their key order.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([JSONMember])

    /// Whether it is `null`, without comparing two values.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key`, looked for from `hint` on (and then from the start), which is left
    /// just past it: read in the order they were written, each field is found at the first look.
    func member(_ key: String, hint: inout Int) -> JSON? {
        guard case .object(let pairs) = self else { return nil }
        // Lengths first: most keys differ in length, and comparing two unequal strings is a call
        // into the standard library's Unicode comparison, where counts are two loads.
        let count = key.utf8.count
        let start = min(hint, pairs.count)
        for n in 0..<pairs.count {
            let k = (start + n) % pairs.count
            guard pairs[k].key.utf8.count == count, pairs[k].key == key else { continue }
            hint = k + 1
            return pairs[k].value
        }
        return nil
    }

    public subscript(key: String) -> JSON? {
        var fromStart = 0
        return member(key, hint: &fromStart)
    }
}

/// One member of an object, its name and value. A struct, not a tuple: arrays of tuples were
/// copied and destroyed by the runtime's generic code, member by member, for every object read.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSON

    public init(_ key: String, _ value: JSON) {
        self.key = key
        self.value = value
    }
}

/// A JSON syntax error with the line it was found on.
public struct JSONSyntaxError: Error, Sendable {
    public var line: Int
    public var problem: JSONProblem
    /// The problem in English, for logs and tests; users read it in their language (`Texts.json`).
    public var reason: String { Texts(.english).json(problem) }
}

/// What makes a text not JSON.
public enum JSONProblem: Sendable, Equatable {
    case trailingText, unexpectedEnd, unexpectedCharacter, nestedTooDeeply, tooManyContainers(Int), expectedKey
    case duplicateKey(String), expectedColon, expectedCommaOrBrace, expectedCommaOrBracket, badNumber
    case badUnicodeEscape, invalidUTF8, unclosedString, controlCharacter, badSurrogate, badEscape
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, with limits so that hostile input can neither
/// exhaust the stack (64 levels of nesting) nor take seconds and half a gigabyte to build and free
/// millions of tiny objects and arrays (2^20 of them; a 16 MiB plan has about 100,000).
public struct JSONParser {
    // The text, reached through a pointer for the time of one parse: an array's subscript checked
    // its bounds again at every byte, after the parser's own checks.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private var containers = 0
    // The elements of the arrays being read, innermost last. Each array is copied out once it is
    // complete, into an array of its exact size: faster on plans than growing an array per array.
    private var itemStack: [JSON] = []
    // The member count of the last object read at each depth (see `object`).
    private var sizes = [Int](repeating: 0, count: JSONParser.maxDepth + 2)
    static let maxDepth = 64
    static let maxContainers = 1 << 20
    private static let scannedKeys = 16
    // The key last read at each of an object's first places: where its bytes are, and its String.
    private var keys: [(start: Int, count: Int, string: String)] = []
    // The root object's arrays whose elements go to `sink` as they are read, and the root member
    // being read.
    private var streamed: Set<String> = []
    private var sink: ((String, Int, JSON) -> Void)?
    private var rootKey: String?

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
        try bytes.withUnsafeBufferPointer { (b) throws(JSONSyntaxError) in
            var p = JSONParser(bytes: b)
            return try p.document()
        }
    }

    /// Parses like `parse`, but hands each element of the root object's arrays named in `streamed`
    /// to `sink` (member, index, element) as soon as it is read, and keeps none of them: those
    /// arrays are empty in the tree returned. A reader can then take a large file's items one at a
    /// time, without ever holding the whole tree; the syntax is checked exactly as by `parse`.
    public static func parse(
        _ bytes: [UInt8], streaming streamed: Set<String>, to sink: @escaping (String, Int, JSON) -> Void
    ) throws(JSONSyntaxError) -> JSON {
        try bytes.withUnsafeBufferPointer { (b) throws(JSONSyntaxError) in
            var p = JSONParser(bytes: b)
            p.streamed = streamed
            p.sink = sink
            return try p.document()
        }
    }

    private mutating func document() throws(JSONSyntaxError) -> JSON {
        skipSpace()
        let v = try value()
        skipSpace()
        guard i == bytes.count else { throw error(.trailingText) }
        return v
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func error(_ problem: JSONProblem) -> JSONSyntaxError {
        var line = 1
        for b in bytes[..<min(i, bytes.count)] where b == UInt8(ascii: "\n") { line += 1 }
        return JSONSyntaxError(line: line, problem: problem)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSON {
        guard i < bytes.count else { throw error(.unexpectedEnd) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error(.unexpectedCharacter)
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for u in word.utf8 {
            guard i < bytes.count else { throw error(.unexpectedEnd) }
            guard bytes[i] == u else { throw error(.unexpectedCharacter) }
            i += 1
        }
    }

    private mutating func nest() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw error(.nestedTooDeeply) }
        containers += 1
        if containers > JSONParser.maxContainers {
            throw error(.tooManyContainers(JSONParser.maxContainers))
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSON {
        try nest()
        i += 1
        // Read straight into an array of the size the last object at this depth had: the items of a
        // list have the same few members, so it is seldom grown, and never copied out of a stack.
        var members: [JSONMember] = []
        members.reserveCapacity(sizes[depth])
        // Keys already read, kept in a set once the object is large: scanning the pairs is cheaper
        // for the handful of keys a plan's objects have, and the set keeps a million keys linear.
        var seen: Set<String>?
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object([])
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let key = try string(key: members.count)
            let duplicate: Bool
            if members.count < JSONParser.scannedKeys {
                // Lengths first, as in `JSON.subscript`: two keys of one length are rare.
                let count = key.utf8.count
                duplicate = members.contains { $0.key.utf8.count == count && $0.key == key }
            } else {
                if seen == nil { seen = Set(members.map(\.key)) }
                duplicate = !seen!.insert(key).inserted
            }
            if duplicate { throw error(.duplicateKey(String(key.prefix(80)))) }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error(.expectedColon) }
            i += 1
            skipSpace()
            if depth == 1 { rootKey = key }
            let member = try value()
            members.append(JSONMember(key, member))
            skipSpace()
            guard i < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                break
            }
            throw error(.expectedCommaOrBrace)
        }
        // Bounded, so that one huge object does not make every later one reserve as much.
        sizes[depth] = min(members.count, 32)
        depth -= 1
        return .object(members)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSON {
        try nest()
        i += 1
        // An array that is a member of the root object, named to be streamed.
        let streaming = depth == 2 && sink != nil && rootKey.map(streamed.contains) == true
        let key = streaming ? rootKey! : ""
        var count = 0
        let base = itemStack.count
        defer { itemStack.removeSubrange(base...) }
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array([])
        }
        while true {
            skipSpace()
            let item = try value()
            if streaming {
                sink?(key, count, item)
                count += 1
            } else {
                itemStack.append(item)
            }
            skipSpace()
            guard i < bytes.count else { throw error(.unexpectedEnd) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                break
            }
            throw error(.expectedCommaOrBracket)
        }
        depth -= 1
        return .array(Array(itemStack[base...]))
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.i
            while p.i < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.i]) { p.i += 1 }
            return p.i - s
        }
        let intStart = i
        guard digits(&self) > 0 else { throw error(.badNumber) }
        let intEnd = i
        if bytes[intStart] == UInt8(ascii: "0"), intEnd - intStart > 1 { throw error(.badNumber) }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw error(.badNumber) }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw error(.badNumber) }
        }
        // Plans hold mostly small integers (ranks, scores, baselines): those are exact in a Double and
        // need no text. Fifteen digits stay below 2^53.
        if i == intEnd, intEnd - intStart <= 15 {
            var n = 0
            for b in bytes[intStart..<intEnd] { n = n * 10 + Int(b - UInt8(ascii: "0")) }
            return start == intStart ? Double(n) : -Double(n)
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw error(.badNumber) }
        return d
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error(.unexpectedEnd) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: throw error(.badUnicodeEscape)
            }
            v = v * 16 + UInt32(d)
            i += 1
        }
        return v
    }

    /// Where the string from `i` ends if it has no escape: the first quote, backslash or control
    /// byte, looked for eight bytes at a time.
    private func plainEnd() -> Int {
        var j = i
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while j + 8 <= bytes.count {
            let v = UnsafeRawPointer(bytes.baseAddress! + j).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 sets its high bit in `low`; a quote or a backslash is a zero byte
            // of `q` or `b`, which sets the high bit the same way (the classic "has zero byte" test).
            let low = (v &- ones &* 0x20) & ~v
            let q = v ^ (ones &* 0x22)
            let b = v ^ (ones &* 0x5C)
            let found = (low | ((q &- ones) & ~q) | ((b &- ones) & ~b)) & highs
            if found != 0 { break }
            j += 8
        }
        while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"), bytes[j] >= 0x20 {
            j += 1
        }
        return j
    }

    /// Whether `n` bytes at `a` and at `b` are the same, compared eight at a time.
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while k + 8 <= n {
            let x = UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self)
            guard x == UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) else { return false }
            k += 8
        }
        while k < n {
            guard a[k] == b[k] else { return false }
            k += 1
        }
        return true
    }

    /// A string; `key` is the member's place when it is an object's key, whose String is taken from
    /// `keys` when that place held the same bytes before: a plan's items repeat their keys in order.
    private mutating func string(key: Int? = nil) throws(JSONSyntaxError) -> String {
        i += 1
        // The key read at this place before, if the same bytes and then the closing quote follow:
        // its bytes had no escape, so they need no scan and no check again.
        if let key, key < keys.count {
            let k = keys[key]
            if i + k.count < bytes.count, bytes[i + k.count] == UInt8(ascii: "\""),
                JSONParser.same(bytes.baseAddress! + k.start, bytes.baseAddress! + i, k.count)
            {
                i += k.count + 1
                return k.string
            }
        }
        // Fast path: no escapes, so the string is the bytes between the quotes.
        let j = plainEnd()
        if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
            let text = UnsafeBufferPointer(rebasing: bytes[i..<j])
            guard let s = JSONParser.utf8String(text) else { throw error(.invalidUTF8) }
            if let key, key < JSONParser.scannedKeys {
                while keys.count <= key { keys.append((0, 0, "")) }
                keys[key] = (i, text.count, s)
            }
            i = j + 1
            return s
        }
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < bytes.count else { throw error(.unclosedString) }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { throw error(.controlCharacter) }
            if c != UInt8(ascii: "\\") {
                i += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<i])
            i += 1
            guard i < bytes.count else { throw error(.unclosedString) }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= bytes.count,
                    bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                {
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error(.badSurrogate) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw error(.badUnicodeEscape) }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw error(.badEscape)
            }
            runStart = i
        }
        out.append(contentsOf: bytes[runStart..<i])
        i += 1
        guard let s = out.withUnsafeBufferPointer(JSONParser.utf8String) else {
            throw error(.invalidUTF8)
        }
        return s
    }

    /// The string the bytes spell, or nil if they are not well-formed UTF-8. The check is ours because
    /// the standard library's `String(validating:)` is generic and, called once per string, cost a
    /// tenth of a plan's load; `String(decoding:)` is not, but would repair bad bytes, not refuse them.
    static func utf8String(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var k = 0
        while k < b.count {
            // ASCII, eight bytes at a time: most of a plan's text.
            while k + 8 <= b.count,
                UnsafeRawPointer(b.baseAddress! + k).loadUnaligned(as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                k += 8
            }
            guard k < b.count else { break }
            let c = b[k]
            if c < 0x80 {
                k += 1
                continue
            }
            // RFC 3629: the length a lead byte announces, and the range its second byte must be in,
            // which excludes overlong forms, surrogates and anything above U+10FFFF.
            let length: Int
            let second: ClosedRange<UInt8>
            switch c {
            case 0xC2...0xDF:
                length = 2
                second = 0x80...0xBF
            case 0xE0:
                length = 3
                second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
                second = 0x80...0xBF
            case 0xED:
                length = 3
                second = 0x80...0x9F
            case 0xF0:
                length = 4
                second = 0x90...0xBF
            case 0xF1...0xF3:
                length = 4
                second = 0x80...0xBF
            case 0xF4:
                length = 4
                second = 0x80...0x8F
            default: return nil
            }
            guard k + length <= b.count, second.contains(b[k + 1]) else { return nil }
            for m in 2..<length where !(0x80...0xBF).contains(b[k + m]) { return nil }
            k += length
        }
        return String(decoding: b, as: UTF8.self)
    }
}

/// The name of an object's member as the writer takes it: none (an array's element, the root),
/// text quoted as it is written, or a name quoted once beforehand (`once`), as each field keeps
/// its own so that the export of a large plan does not quote the same few names again and again.
public enum JSONName: Sendable, ExpressibleByStringInterpolation, ExpressibleByNilLiteral {
    case none
    case text(String)
    /// `"name": ` as UTF-8.
    case quoted([UInt8])

    public init(stringLiteral name: String) { self = .text(name) }
    public init(nilLiteral: ()) { self = .none }

    /// The name quoted now, for a name written many times.
    public static func once(_ name: String) -> JSONName {
        var bytes: [UInt8] = []
        JSONWriter.quote(name, into: &bytes)
        bytes += Array(": ".utf8)
        return .quoted(bytes)
    }
}

/// Writes JSON text with two-space indentation and keys in the order given. The text is built as
/// UTF-8 bytes and made a String once: String appends were 18% of a 10,000-concept export.
public struct JSONWriter: ~Copyable {
    private var bytes: [UInt8] = []
    // Writes land in a small scratch block first and reach `bytes` a block at a time: appending to
    // the array piece by piece checked its uniqueness and capacity for every brace, indent and key,
    // a third of encoding a plan. Not copyable, so that two writers never share the block.
    private let scratch: UnsafeMutablePointer<UInt8>
    private var used = 0
    private static let scratchSize = 1 << 14
    private var indent = 0
    // Whether the innermost open object or array has no member yet. Its parent always has one (this
    // container), so one flag is all the state a comma needs.
    private var empty = true

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        scratch = .allocate(capacity: JSONWriter.scratchSize)
    }

    deinit { scratch.deallocate() }

    /// The text written.
    public consuming func text() -> String { String(decoding: utf8(), as: UTF8.self) }

    /// The text as UTF-8 bytes.
    public consuming func utf8() -> [UInt8] {
        flush()
        return bytes
    }

    private mutating func flush() {
        bytes.append(contentsOf: UnsafeBufferPointer(start: scratch, count: used))
        used = 0
    }

    private mutating func put(_ b: UInt8) {
        if used == JSONWriter.scratchSize { flush() }
        scratch[used] = b
        used += 1
    }

    private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
        guard let base = p.baseAddress else { return }
        if used + p.count > JSONWriter.scratchSize {
            flush()
            // A long text goes straight on, past the block.
            if p.count > JSONWriter.scratchSize / 2 { return bytes.append(contentsOf: p) }
        }
        (scratch + used).update(from: base, count: p.count)
        used += p.count
    }

    private mutating func put(_ s: StaticString) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { put($0) }
    }

    // A newline and the indentation of up to 50 levels, cut to length: one copy, not a byte at a time.
    private static let margin: StaticString =
        "\n                                                                                                    "

    private mutating func newline() {
        let m = JSONWriter.margin
        let width = 1 + 2 * indent
        put(UnsafeBufferPointer(start: m.utf8Start, count: min(width, m.utf8CodeUnitCount)))
        for _ in m.utf8CodeUnitCount..<max(width, m.utf8CodeUnitCount) { put(UInt8(ascii: " ")) }
    }

    private mutating func prefix(_ name: JSONName) {
        if indent > 0 {
            if !empty { put(UInt8(ascii: ",")) }
            empty = false
            newline()
        }
        switch name {
        case .none: break
        case .text(let key):
            quote(key)
            put(": ")
        case .quoted(let bytes): bytes.withUnsafeBufferPointer { put($0) }
        }
    }

    public mutating func beginObject(_ key: JSONName = nil) { open(key, UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(_ key: JSONName = nil) { open(key, UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ key: JSONName, _ bracket: UInt8) {
        prefix(key)
        put(bracket)
        indent += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 1
        if !empty { newline() }
        put(bracket)
        empty = false
        if indent == 0 { put(UInt8(ascii: "\n")) }
    }

    /// Writes `key: "text"`; nothing when text is nil, so unset text is absent.
    public mutating func string(_ key: JSONName, _ value: String?) {
        guard let value else { return }
        prefix(key)
        quote(value)
    }

    /// Writes `key: "YYYY-MM-DD"` (or `YYYY-MM`) digit by digit; nothing when the date is nil.
    public mutating func date(_ key: JSONName, _ value: PlanDate?) {
        guard let value else { return }
        // Outside four digits, the description's own padding rules apply.
        guard (0...9999).contains(value.year) else { return string(key, value.description) }
        prefix(key)
        put(UInt8(ascii: "\""))
        digits(value.year, 4)
        put(UInt8(ascii: "-"))
        digits(value.month, 2)
        if let day = value.day {
            put(UInt8(ascii: "-"))
            digits(day, 2)
        }
        put(UInt8(ascii: "\""))
    }

    private mutating func digits(_ n: Int, _ width: Int) {
        var d = 1
        for _ in 1..<width { d *= 10 }
        var n = n
        while d > 0 {
            put(UInt8(ascii: "0") + UInt8(n / d % 10))
            n %= d
            d /= 10
        }
    }

    public mutating func number(_ key: JSONName, _ value: Double?) {
        guard let value else { return }
        prefix(key)
        // Most numbers in a plan are small whole ones, written without making a String.
        if value.rounded() == value, abs(value) < 1e15 { return integer(Int(value)) }
        append(formatNumber(value))
    }

    public mutating func int(_ key: JSONName, _ value: Int?) {
        guard let value else { return }
        prefix(key)
        integer(value)
    }

    private mutating func integer(_ value: Int) {
        guard value >= 0, value < 1_000_000_000 else { return append(String(value)) }
        var width = 1
        var limit = 10
        while limit <= value {
            limit *= 10
            width += 1
        }
        digits(value, width)
    }

    public mutating func bool(_ key: JSONName, _ value: Bool) {
        prefix(key)
        put(value ? "true" : "false")
    }

    /// Arrays of short strings on one line: `["access", "connect"]`.
    public mutating func inlineStrings(_ key: JSONName, _ values: [String]) {
        prefix(key)
        put(UInt8(ascii: "["))
        for (n, v) in values.enumerated() {
            if n > 0 { put(", ") }
            quote(v)
        }
        put(UInt8(ascii: "]"))
    }

    /// Writes the string in quotes, copying the runs between the characters JSON escapes.
    private mutating func quote(_ s: String) {
        put(UInt8(ascii: "\""))
        JSONWriter.runs(
            of: s, plain: { put($0) },
            escaped: { u in
                var sequence: [UInt8] = []
                JSONWriter.escape(u, into: &sequence)
                sequence.withUnsafeBufferPointer { put($0) }
            })
        put(UInt8(ascii: "\""))
    }

    /// The text's UTF-8 as runs JSON writes as they are (`plain`), between the bytes it escapes
    /// (`escaped`), in order.
    private static func runs(
        of s: String, plain: (UnsafeBufferPointer<UInt8>) -> Void, escaped: (UInt8) -> Void
    ) {
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for k in 0..<utf8.count where needsEscape(utf8[k]) {
                plain(UnsafeBufferPointer(rebasing: utf8[run..<k]))
                run = k + 1
                escaped(utf8[k])
            }
            plain(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends the string in quotes to text being built.
    static func quote(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Whether JSON writes the byte as an escape sequence inside a string.
    private static func needsEscape(_ u: UInt8) -> Bool {
        u < 0x20 || u == UInt8(ascii: "\"") || u == UInt8(ascii: "\\")
    }

    /// Appends the escape sequence of a byte that `needsEscape`.
    private static func escape(_ u: UInt8, into out: inout [UInt8]) {
        switch u {
        case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
        case UInt8(ascii: "\n"): out.append(contentsOf: #"\n"#.utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: #"\r"#.utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: #"\t"#.utf8)
        default:
            out.append(contentsOf: #"\u00"#.utf8)
            out.append(hexDigits[Int(u >> 4)])
            out.append(hexDigits[Int(u & 0xF)])
        }
    }

    /// Appends the string in quotes, copying the runs between the characters JSON escapes.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        runs(of: s, plain: { out.append(contentsOf: $0) }, escaped: { escape($0, into: &out) })
        out.append(UInt8(ascii: "\""))
    }
}
