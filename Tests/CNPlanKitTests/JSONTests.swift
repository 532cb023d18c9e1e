import Foundation
import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// The JSON parser against hostile input at the 16 MiB limit a plan file may have, and against the
/// JSONTestSuite's parsing cases (Tests/JSONTestSuite, MIT licence). Speed is measured by `make bench`;
/// these check only that each shape is parsed right or refused cleanly.
@Suite struct JSONTests {
    static let limit = FileSystem.maxPlanSize

    /// `open` and `cnplan FILE` go through here: a hostile file is one clear error, or a plan.
    static func load(_ bytes: [UInt8]) -> Result<Plan, PlanError> {
        #expect(bytes.count <= limit)
        do { return .success(try SessionFile.decode(bytes, path: "hostile.json")) } catch { return .failure(error) }
    }

    struct Unexpected: Error { var json: JSON }

    static func items(_ json: JSON) throws -> [JSON] {
        guard case .array(let items) = json else { throw Unexpected(json: json) }
        return items
    }

    static func text(_ json: JSON) throws -> String {
        guard case .string(let s) = json else { throw Unexpected(json: json) }
        return s
    }

    @Test func anObjectWithAMillionKeysIsParsedAndItsDuplicateFound() throws {
        var text = "{"
        for k in 0..<1_000_000 { text += "\"\(String(k, radix: 36))\":\(k)," }
        let json = try JSONParser.parse(Array((text.dropLast() + "}").utf8))
        guard case .object(let pairs) = json else {
            Issue.record("not an object")
            return
        }
        #expect(pairs.count == 1_000_000)
        #expect(pairs[999_999] == JSONMember(String(999_999, radix: 36), .number(999_999)))
        #expect(json[String(999_999, radix: 36)] == .number(999_999))
        // The last key repeats one near the start: found however large the object.
        do {
            _ = try JSONParser.parse(Array((text + "\"1\":0}").utf8))
            Issue.record("a duplicate key was accepted")
        } catch {
            #expect(error.reason == "key \"1\" appears twice")
        }
        guard case .failure(let e) = Self.load(Array((text.dropLast() + "}").utf8)) else {
            Issue.record("loaded")
            return
        }
        #expect(Texts(.english).message(for: e).contains("hostile.json"))
    }

    @Test func smallObjectsStillRefuseDuplicates() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(#"{"a":1,"b":2,"a":3}"#.utf8)) }
        let keys = (0..<20).map { "\"k\($0)\":0" }.joined(separator: ",")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("{\(keys),\"k19\":1}".utf8)) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("{\(keys),\"k0\":1}".utf8)) }
        #expect((try? JSONParser.parse(Array("{\(keys),\"k20\":1}".utf8))) != nil)
    }

    @Test func aMillionElementArrayIsParsed() throws {
        let item = "1.5e300,"
        let count = Self.limit / item.utf8.count - 1
        let text = "[" + String(repeating: item, count: count).dropLast() + "]"
        let items = try Self.items(JSONParser.parse(Array(text.utf8)))
        #expect(items.count == count && count > 1_000_000)
        #expect(items.allSatisfy { $0 == .number(1.5e300) })
        guard case .failure = Self.load(Array(text.utf8)) else {
            Issue.record("an array loaded as a plan")
            return
        }
    }

    @Test func nestingIsParsedTo64LevelsAndRefusedBeyond() throws {
        // One top-level array of 63-deep arrays, as many as the limit on objects and arrays allows.
        let inner = String(repeating: "[", count: 63) + "0" + String(repeating: "]", count: 63)
        let count = (JSONParser.maxContainers - 1) / 63
        let text = "[" + Array(repeating: inner, count: count).joined(separator: ",") + "]"
        let items = try Self.items(JSONParser.parse(Array(text.utf8)))
        #expect(items.count == count)
        var deepest = items[count - 1]
        var depth = 1
        while case .array(let a) = deepest {
            deepest = a[0]
            depth += 1
        }
        #expect(depth == 64 && deepest == .number(0))
        let tooDeep = "[" + Array(repeating: "[" + inner + "]", count: 2).joined(separator: ",") + "]"
        do {
            _ = try JSONParser.parse(Array(tooDeep.utf8))
            Issue.record("65 levels parsed")
        } catch {
            #expect(error.reason == "nested too deeply")
        }
        let opening = [UInt8](repeating: UInt8(ascii: "["), count: Self.limit)
        guard case .failure(let e) = Self.load(opening) else {
            Issue.record("loaded")
            return
        }
        #expect(Texts(.english).message(for: e).contains("nested too deeply"))
    }

    @Test func millionsOfTinyContainersAreRefused() throws {
        let atLimit = "[" + String(repeating: "[0],", count: JSONParser.maxContainers - 1).dropLast() + "]"
        let items = try Self.items(JSONParser.parse(Array(atLimit.utf8)))
        #expect(items.count == JSONParser.maxContainers - 1 && items.last == .array([.number(0)]))
        do {
            _ = try JSONParser.parse(Array((atLimit.dropLast() + ",{}]").utf8))
            Issue.record("parsed")
        } catch {
            #expect(error.reason == "more than 1048576 objects and arrays")
        }
        // The 16 MiB file of 64-deep arrays holds eight million of them.
        let inner = String(repeating: "[", count: 63) + "0" + String(repeating: "]", count: 63)
        let count = (Self.limit - 2) / (inner.utf8.count + 1)
        let full = "[" + Array(repeating: inner, count: count).joined(separator: ",") + "]"
        guard case .failure(let e) = Self.load(Array(full.utf8)) else {
            Issue.record("loaded")
            return
        }
        #expect(Texts(.english).message(for: e).contains("objects and arrays"))
    }

    @Test func oneStringOf16MiBIsParsed() throws {
        let plain = "\"" + String(repeating: "维修 repair ", count: (Self.limit - 2) / 14) + "\""
        let s = try Self.text(JSONParser.parse(Array(plain.utf8)))
        #expect(s.utf8.count == plain.utf8.count - 2 && s.hasPrefix("维修 repair 维修"))
        // With escapes on every line the slow path decodes them all.
        let escaped = "\"" + String(repeating: #"line \u00e9\n"#, count: (Self.limit - 2) / 14) + "\""
        let decoded = try Self.text(JSONParser.parse(Array(escaped.utf8)))
        #expect(decoded == String(repeating: "line é\n", count: (Self.limit - 2) / 14))
        // A string that never closes is refused, not read past the end.
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(plain.utf8.dropLast())) }
    }

    /// The parser's own UTF-8 check agrees with the standard library's on every well-formed and
    /// ill-formed shape: the edges of each length, overlong forms, surrogates, past U+10FFFF, truncation.
    @Test func utf8IsCheckedAsTheStandardLibraryChecksIt() {
        let pieces: [[UInt8]] = [
            [0x41], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0xBF],
            [0xE0, 0xA0, 0x80], [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
            [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3],
        ]
        for a in pieces {
            for b in pieces {
                // Each pair alone, and each cut short by one byte, as the end of a string.
                for bytes in [a + b, Array((a + b).dropLast())] {
                    let ours = bytes.withUnsafeBufferPointer(JSONParser.utf8String)
                    #expect(ours == String(validating: bytes, as: UTF8.self), "\(bytes)")
                }
            }
        }
        #expect((try? JSONParser.parse([0x22, 0xE4, 0xB8, 0xAD, 0x22])) == .string("中"))
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22]) }
    }

    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JSONTestSuite/test_parsing")

    /// y_ cases that this parser refuses on purpose: a plan with two values for one key is ambiguous.
    static let refusedOnPurpose: Set = ["y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"]

    /// The parser reuses the String of a key read at the same place of an earlier object when the
    /// same bytes follow: keys that share a start, differ in length, hold escapes or are empty must
    /// still be read as written, and a duplicate still found.
    @Test func keysRepeatedAtTheSamePlaceAreReadAsWritten() throws {
        let keys = [
            "a", "ab", "abc", "", "a\"b", "a\\", "维修", "维修单", "aaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaab",
        ]
        var objects: [[JSONMember]] = []
        for n in 0..<400 {
            var members: [JSONMember] = []
            // Each object a different pick of keys in a different order, none twice.
            for j in 0..<(1 + n % 5) {
                let key = keys[(n / 3 + j * (1 + n % 7)) % keys.count]
                if !members.contains(where: { $0.key == key }) { members.append(JSONMember(key, .number(Double(n)))) }
            }
            objects.append(members)
        }
        var text = "["
        for (n, members) in objects.enumerated() {
            var quoted: [String] = []
            for key in members.map(\.key) {
                var out: [UInt8] = []
                JSONWriter.quote(key, into: &out)
                quoted.append(String(decoding: out, as: UTF8.self) + ": \(n)")
            }
            text += (n == 0 ? "" : ",") + "{" + quoted.joined(separator: ", ") + "}"
        }
        text += "]"
        #expect(try JSONParser.parse(Array(text.utf8)) == .array(objects.map { JSON.object($0) }))
        // The same key twice in one object, after objects that cached it at both places.
        let twice = #"[{"ab": 1, "a": 2}, {"a": 1, "ab": 2}, {"ab": 1, "ab": 2}]"#
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(twice.utf8)) }
    }

    @Test func theJSONTestSuiteParsingCases() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.suite.path).sorted()
        #expect(names.count == 318)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.suite.appendingPathComponent(name)))
            let parsed: Bool
            do {
                _ = try JSONParser.parse(bytes)
                parsed = true
            } catch { parsed = false }
            if name.hasPrefix("y_") {
                #expect(parsed != Self.refusedOnPurpose.contains(name), "\(name) \(parsed ? "parsed" : "refused")")
            } else if name.hasPrefix("n_") {
                #expect(!parsed, "\(name) parsed")
            }
        }
    }
}
