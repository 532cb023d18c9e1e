/// A parsed JSON value; objects keep their key order.
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}

/// A JSON syntax error with the line it was found on.
public struct JSONSyntaxError: Error, Sendable {
    public var line: Int
    public var reason: String
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes, with a nesting limit so that hostile
/// input cannot exhaust the stack.
public struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    private static let maxDepth = 64

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSON {
        var p = JSONParser(bytes: bytes)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        guard p.i == bytes.count else { throw p.error("unexpected text after the JSON value") }
        return v
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ reason: String) -> JSONSyntaxError {
        var line = 1
        for b in bytes[..<min(i, bytes.count)] where b == UInt8(ascii: "\n") { line += 1 }
        return JSONSyntaxError(line: line, reason: reason)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSON {
        guard i < bytes.count else { throw error("unexpected end of file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for u in word.utf8 {
            guard i < bytes.count else { throw error("unexpected end of file") }
            guard bytes[i] == u else { throw error("unexpected character") }
            i += 1
        }
    }

    private mutating func nest() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw error("nested too deeply") }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSON {
        try nest()
        i += 1
        var pairs: [(String, JSON)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(pairs) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
            let key = try string()
            if pairs.contains(where: { $0.0 == key }) { throw error("key \"\(key)\" appears twice") }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("expected ':'") }
            i += 1
            skipSpace()
            pairs.append((key, try value()))
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of file") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw error("expected ',' or '}'")
        }
        depth -= 1
        return .object(pairs)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSON {
        try nest()
        i += 1
        var items: [JSON] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw error("unexpected end of file") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw error("expected ',' or ']'")
        }
        depth -= 1
        return .array(items)
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
        guard digits(&self) > 0 else { throw error("bad number") }
        if bytes[intStart] == UInt8(ascii: "0"), i - intStart > 1 { throw error("bad number") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw error("bad number") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw error("bad number") }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw error("bad number") }
        return d
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("unexpected end of file") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: throw error("bad \\u escape")
            }
            v = v * 16 + UInt32(d)
            i += 1
        }
        return v
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        // Fast path: no escapes, so the string is the bytes between the quotes.
        var j = i
        while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"), bytes[j] >= 0x20 { j += 1 }
        if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
            guard let s = String(validating: bytes[i..<j], as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
            i = j + 1
            return s
        }
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < bytes.count else { throw error("a string is not closed") }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { break }
            if c < 0x20 { throw error("control character in a string") }
            if c != UInt8(ascii: "\\") { i += 1; continue }
            out.append(contentsOf: bytes[runStart..<i])
            i += 1
            guard i < bytes.count else { throw error("a string is not closed") }
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
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("bad surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { throw error("bad \\u escape") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw error("bad escape")
            }
            runStart = i
        }
        out.append(contentsOf: bytes[runStart..<i])
        i += 1
        guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
        return s
    }
}

/// Writes JSON text with two-space indentation and keys in the order given.
public struct JSONWriter {
    public private(set) var text = ""
    private var indent = 0
    private var needsComma: [Bool] = []

    public init() { text.reserveCapacity(4096) }

    private mutating func newline() {
        text += "\n"
        text += String(repeating: "  ", count: indent)
    }

    private mutating func prefix(_ key: String?) {
        if let last = needsComma.last {
            if last { text += "," }
            needsComma[needsComma.count - 1] = true
            newline()
        }
        if let key {
            JSONWriter.quote(key, into: &text)
            text += ": "
        }
    }

    public mutating func beginObject(_ key: String? = nil) { prefix(key); text += "{"; indent += 1; needsComma.append(false) }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { prefix(key); text += "["; indent += 1; needsComma.append(false) }
    public mutating func endArray() { close("]") }

    private mutating func close(_ bracket: String) {
        indent -= 1
        if needsComma.removeLast() { newline() }
        text += bracket
        if needsComma.isEmpty { text += "\n" }
    }

    /// Writes `key: "text"`; nothing when text is nil, so unset text is absent.
    public mutating func string(_ key: String?, _ value: String?) {
        guard let value else { return }
        prefix(key)
        JSONWriter.quote(value, into: &text)
    }

    public mutating func number(_ key: String?, _ value: Double?) {
        guard let value else { return }
        prefix(key)
        text += formatNumber(value)
    }

    public mutating func int(_ key: String?, _ value: Int?) {
        guard let value else { return }
        prefix(key)
        text += String(value)
    }

    public mutating func bool(_ key: String?, _ value: Bool) {
        prefix(key)
        text += value ? "true" : "false"
    }

    /// Arrays of short strings on one line: `["access", "connect"]`.
    public mutating func inlineStrings(_ key: String, _ values: [String]) {
        prefix(key)
        text += "["
        for (n, v) in values.enumerated() {
            if n > 0 { text += ", " }
            JSONWriter.quote(v, into: &text)
        }
        text += "]"
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        var plain = true
        for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C { plain = false; break }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
