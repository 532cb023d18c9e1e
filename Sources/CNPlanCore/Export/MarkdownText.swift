/// The Markdown handout as it is written: UTF-8 appended to one buffer, made a `String` once at
/// the end. A handout of 10,000 concepts has some 250,000 lines and cells; a string made for each,
/// gathered in arrays and joined, cost more than everything else the export does. The buffer is
/// its own, not an array's: `Array.append(contentsOf:)` costs some 90 instructions before it copies
/// a byte, as much as a short cell's escaping.
struct MarkdownText: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// False while it writes into memory lent to it (`init(into:)`).
    private(set) var owned = true

    init(capacity: Int = 1 << 16) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Writes into `buffer` (an array's room, so that the handout is never copied out of its own
    /// buffer), and moves to memory of its own if that runs out.
    init(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress!
        capacity = buffer.count
        owned = false
    }

    deinit { if owned { base.deallocate() } }

    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `n` more bytes, doubling.
    @inline(__always) private mutating func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        capacity = Swift.max(2 * capacity, count + n)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        if owned { base.deallocate() }
        base = grown
        owned = true
    }

    @inline(__always) private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let from = bytes.baseAddress { (base + count).initialize(from: from, count: bytes.count) }
        count += bytes.count
    }

    @inline(__always) private mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// `n` (not negative) in decimal, with leading zeros to `digits` digits.
    mutating func write(_ n: Int, digits: Int) {
        precondition(n >= 0)
        var power = 1
        var width = 1
        while power <= n / 10 {
            power *= 10
            width += 1
        }
        for _ in width..<Swift.max(width, digits) { append(0x30) }
        var rest = n
        while power > 0 {
            append(0x30 + UInt8(rest / power))
            rest %= power
            power /= 10
        }
    }

    /// `s` and a line break.
    mutating func line(_ s: String) {
        write(s)
        line()
    }

    mutating func line() { append(0x0A) }

    /// `template` with each placeholder written by `value`, given the placeholder's position.
    mutating func write(_ template: Template, _ value: (Int, inout MarkdownText) -> Void) {
        for part in template.parts {
            switch part {
            case .text(let s): write(s)
            case .value(let i): value(i, &self)
            }
        }
    }

    /// `items` separated by `separator`, each written by `write`.
    mutating func list<Item>(_ items: [Item], _ separator: String, _ write: (Item, inout MarkdownText) -> Void) {
        for (i, item) in items.enumerated() {
            if i > 0 { self.write(separator) }
            write(item, &self)
        }
    }

    /// Plan text escaped as `MarkdownExporter.inline` says.
    mutating func inline(_ text: String) {
        // Most text has no line break, no character `Board.safe` shows escaped and nothing to trim:
        // it is escaped as it is, in one pass that gives up at the first character that needs more.
        if text.isTrimmed, text.utf8.withContiguousStorageIfAvailable({ escape($0, Self.markdown) }) == true {
            return
        }
        var safe = Board.safe(text.replacingNewlines).trimmingSpaces
        _ = safe.withUTF8 { escape($0, Self.markdown) }
    }

    /// Plan text as a Mermaid label: quotes, angle brackets, ampersands, backticks and `#` as
    /// Mermaid entities.
    mutating func mermaid(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ escape($0, Self.mermaid) }) == true { return }
        var safe = Board.safe(text.replacingNewlines)
        _ = safe.withUTF8 { escape($0, Self.mermaid) }
    }

    /// What a byte of plan text asks of the escaper.
    private enum Action {
        case copy
        /// A backslash before it: a character that could start Markdown.
        case backslash
        /// An invisible word joiner after it: `@`, which GFM would make an e-mail link.
        case wordJoiner
        /// A backslash before it when it ends `www`: `.`, which GFM would make a link.
        case dot
        /// A Mermaid entity instead of it.
        case entity
        /// The first byte of a character that `Board.safe` may show escaped.
        case check
    }

    /// The first bytes of the characters `Board.isShownEscaped` holds: ASCII controls, C1 controls
    /// (C2), U+061C (D8), U+180E (E1), U+200B to U+2069 (E2) and U+FEFF (EF).
    static func mayBeShownEscaped(_ b: Int) -> Bool {
        b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE1 || b == 0xE2 || b == 0xEF
    }

    private static let markdown: [Action] = (0..<256).map { b in
        if mayBeShownEscaped(b) { return .check }
        if "\\`*_[]<>|~&#:$!=".utf8.contains(UInt8(b)) { return .backslash }
        return b == 0x40 ? .wordJoiner : b == 0x2E ? .dot : .copy
    }

    private static let mermaid: [Action] = (0..<256).map { b in
        mayBeShownEscaped(b) ? .check : "\"<>&`#".utf8.contains(UInt8(b)) ? .entity : .copy
    }

    /// Appends `s` escaped by `actions`, copying the runs between escapes whole. False, with
    /// nothing appended, when `s` holds a character `Board.safe` shows escaped.
    private mutating func escape(_ s: UnsafeBufferPointer<UInt8>, _ actions: [Action]) -> Bool {
        actions.withUnsafeBufferPointer { escape(s, $0) }
    }

    private mutating func escape(_ s: UnsafeBufferPointer<UInt8>, _ actions: UnsafeBufferPointer<Action>) -> Bool {
        let start = count
        var copied = 0
        func flush(_ end: Int) {
            append(UnsafeBufferPointer(rebasing: s[copied..<end]))
            copied = end
        }
        var i = 0
        while i < s.count {
            // Most bytes are copied as they are: skipped in a loop of their own, through a table
            // reached by pointer (an array's subscript checked its bounds at every byte).
            while i < s.count, actions[Int(s[i])] == .copy { i += 1 }
            guard i < s.count else { break }
            switch actions[Int(s[i])] {
            case .copy: break
            case .backslash:
                flush(i)
                append(0x5C)
            case .dot:
                // Upper-case W too: `| 0x20` lowers an ASCII letter.
                if i >= 3, s[i - 3] | 0x20 == 0x77, s[i - 2] | 0x20 == 0x77, s[i - 1] | 0x20 == 0x77 {
                    flush(i)
                    append(0x5C)
                }
            case .wordJoiner:
                flush(i + 1)
                // U+2060 WORD JOINER
                append(0xE2)
                append(0x81)
                append(0xA0)
            case .entity:
                flush(i)
                copied = i + 1
                write(Self.entity(s[i]))
            case .check:
                if Board.isShownEscaped(Self.scalar(at: i, in: s)) {
                    count = start
                    return false
                }
            }
            i += 1
        }
        flush(s.count)
        return true
    }

    private static func entity(_ b: UInt8) -> String {
        switch b {
        case 0x22: "#quot;"
        case 0x3C: "#lt;"
        case 0x3E: "#gt;"
        case 0x26: "#amp;"
        case 0x60: "#96;"
        default: "#35;"
        }
    }

    /// The scalar whose UTF-8 starts at `i`: one of those `mayBeShownEscaped` lists, one to three
    /// bytes long (a `String`'s UTF-8 is valid).
    private static func scalar(at i: Int, in s: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let b = UInt32(s[i])
        let value =
            switch b {
            case ..<0x80: b
            case ..<0xE0: (b & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
            default: (b & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
            }
        return Unicode.Scalar(value)!
    }
}
