import Testing

@testable import CNPlanCore

/// The JSON writer writes through a scratch block, with its own digits for dates and whole numbers
/// and a cut-to-length margin for indentation: each of those against the text it must make.
@Suite struct JSONWriterTests {
    /// The indentation of `levels` nested arrays, written by hand.
    static func nested(_ levels: Int) -> String {
        var out = ""
        for n in 0..<levels { out += (n == 0 ? "" : "\n" + String(repeating: "  ", count: n)) + "[" }
        out += "\n" + String(repeating: "  ", count: levels) + "0"
        for n in stride(from: levels - 1, through: 0, by: -1) { out += "\n" + String(repeating: "  ", count: n) + "]" }
        return out + "\n"
    }

    @Test(arguments: [1, 2, 49, 50, 51, 64])
    func indentationBeyondTheMarginIsStillWhole(levels: Int) throws {
        var w = JSONWriter()
        for _ in 0..<levels { w.beginArray() }
        w.int(nil, 0)
        for _ in 0..<levels { w.endArray() }
        let text = w.text()
        #expect(text == Self.nested(levels))
        _ = try JSONParser.parse(Array(text.utf8))
    }

    @Test func numbersAndDatesAreWrittenAsTheirText() {
        let numbers: [Double] = [0, -0.0, 7, 10, 99, 100, 999_999_999, 1_000_000_000, 123_456_789_012, -5, 2.5, 1e300]
        let dates = ["2027-06-30", "0027-01-05", "2027-12", "2028-02-29"].compactMap { PlanDate($0) }
        #expect(dates.count == 4)
        var w = JSONWriter()
        w.beginObject()
        for (n, x) in numbers.enumerated() { w.number("n\(n)", x) }
        for (n, x) in [0, 9, 10, 1_000_000_000, -3].enumerated() { w.int("i\(n)", x) }
        for (n, d) in dates.enumerated() { w.date("d\(n)", d) }
        w.endObject()
        var expected = "{"
        var members = numbers.enumerated().map { "\"n\($0)\": \(formatNumber($1))" }
        members += [0, 9, 10, 1_000_000_000, -3].enumerated().map { "\"i\($0)\": \($1)" }
        members += dates.enumerated().map { "\"d\($0)\": \"\($1.description)\"" }
        expected += members.map { "\n  " + $0 }.joined(separator: ",") + "\n}\n"
        #expect(w.text() == expected)
    }

    @Test func escapesAndTextLongerThanTheScratchBlock() throws {
        let odd = "a\"b\\c\nd\re\tf\u{1}g 维修 \u{1F600}"
        let long = String(repeating: "长文本 long text ", count: 10_000)
        var w = JSONWriter()
        w.beginArray()
        // A name quoted once and one quoted as it is written come out alike.
        w.beginObject()
        w.string(.once(odd), odd)
        w.string(.text(odd + "2"), odd)
        w.endObject()
        for _ in 0..<3 {
            w.string(nil, odd)
            w.string(nil, long)
        }
        w.endArray()
        let bytes = w.utf8()
        var expected: [UInt8] = []
        JSONWriter.quote(odd, into: &expected)
        #expect(String(decoding: expected, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001g 维修 😀""#)
        let parsed = try JSONParser.parse(bytes)
        let named = JSON.object([JSONMember(odd, .string(odd)), JSONMember(odd + "2", .string(odd))])
        let strings: [JSON] = [.string(odd), .string(long), .string(odd), .string(long), .string(odd), .string(long)]
        // Compared without printing: a failure would print all 600 kB.
        let same = parsed == .array([named] + strings)
        #expect(same)
    }
}
