import Foundation
import Testing

@testable import CNPlanCore

/// A plan's file is read item by item as the parser reaches each item, without the whole tree
/// (`PlanCodec.decode(bytes:)`); anything wrong or out of order is read again whole.
@Suite struct StreamedReadingTests {
    /// A file of cnplan's own writing, as the session saves it.
    static func written() throws -> [UInt8] {
        var p = try run(workshop)
        p.impacts[0].actuals = [CheckIn(date: PlanDate(isoDay: "2027-01-15")!, value: 30, note: "first month")]
        return Array(PlanCodec.encode(p).utf8)
    }

    @Test func aFileCnplanWroteIsReadItemByItemToTheSamePlan() throws {
        let bytes = try Self.written()
        let streamed = try #require(try PlanCodec.streamed(bytes))
        #expect(streamed == (try PlanCodec.decode(JSONParser.parse(bytes))))
        #expect(streamed.impacts[0].actuals.count == 1)
        #expect(streamed.nextIds.segment == 3)
    }

    /// A file large enough to be read on a second thread while it is parsed.
    @Test func aLargeFileIsReadOnTwoThreadsToTheSamePlanAndTheSameErrors() throws {
        var plan = try run(workshop)
        for n in 0..<1500 {
            plan = try apply(.add(.concept, name: "Concept \(n) with a longer title"), to: plan)
            plan = try apply(.add(.impact, name: "Impact \(n)"), to: plan)
        }
        let text = PlanCodec.encode(plan)
        #expect(text.utf8.count >= 256 * 1024)
        let streamed = try #require(try PlanCodec.streamed(Array(text.utf8)))
        #expect(streamed == plan)
        // An error near the end: found, and named as a whole reading names it.
        let broken = text.replacingOccurrences(of: "\"id\": \"i1500\"", with: "\"id\": \"x1500\"")
        #expect(broken != text)
        #expect(throws: (any Error).self) { try decode(broken) }
    }

    static let examplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples").standardized

    /// The bytes of every example plan file, by name.
    static func exampleFiles() throws -> [(name: String, bytes: [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, Array(try Data(contentsOf: examplesFolder.appendingPathComponent($0)))) }
    }

    /// Every example plan.
    static func examples() throws -> [Plan] {
        try exampleFiles().map { try PlanCodec.decode(JSONParser.parse($0.bytes)) }
    }

    @Test func everyExampleReadsTheSameBothWays() throws {
        let files = try Self.exampleFiles()
        #expect(files.count >= 6)
        for (name, bytes) in files {
            let streamed = try #require(try PlanCodec.streamed(bytes), "\(name) was not read item by item")
            #expect(streamed == (try PlanCodec.decode(JSONParser.parse(bytes))), "\(name)")
        }
    }

    /// Concepts before the segments they name: the concepts cannot be checked as they come, so
    /// the file is read whole, and reads as it always did.
    @Test func listsOutOfOrderAreReadWhole() throws {
        let text = """
            {"format": "cnplan.plan", "version": 1,
             "concepts": [{"id": "c1", "title": "App", "segment": "s1"}],
             "segments": [{"id": "s1", "name": "Owners"}]}
            """
        #expect(try PlanCodec.streamed(Array(text.utf8)) == nil)
        let plan = try decode(text)
        #expect(plan.concepts.map(\.segment) == ["s1"])
    }

    /// Behaviours after a concept that uses none: the concept could be read, but the behaviours
    /// must not be lost.
    @Test func behavioursAfterTheConceptsAreKept() throws {
        let text = """
            {"format": "cnplan.plan", "version": 1, "concepts": [{"id": "c1", "title": "App"}],
             "behaviours": [{"name": "access", "rank": 1}]}
            """
        let plan = try decode(text)
        #expect(plan.behaviours.map(\.name) == [.access])
        #expect(plan.concepts.map(\.id) == ["c1"])
    }

    /// A concept's error early in the file and a wrong format name after it: a whole reading
    /// checks the format first, and so does this one.
    @Test func theErrorNamedIsTheOneAWholeReadingFindsFirst() throws {
        let text = """
            {"concepts": [{"id": "x1", "title": "App"}], "format": "something else", "version": 1}
            """
        guard
            case .format(let e)? = Result(catching: { () throws(PlanCodec.ReadError) in
                try PlanCodec.decode(bytes: Array(text.utf8))
            }).failure
        else {
            Issue.record("read as a plan")
            return
        }
        #expect(e.path == "$.format")
    }

    @Test func theParserHandsOverTheNamedRootArraysElementByElement() throws {
        let text = """
            {"a": [1, [2, 3], {"b": [4]}], "b": [5], "c": {"a": [6]}, "d": 7}
            """
        var seen: [String] = []
        let tree = try JSONParser.parse(Array(text.utf8), streaming: ["a", "c", "d"]) { key, n, json in
            seen.append("\(key)\(n)=\(json)")
        }
        // Only the root's own arrays: not "b" (not named), not the array inside "c" (not at the root).
        #expect(seen.count == 3)
        #expect(seen[0] == "a0=\(JSON.number(1))")
        #expect(tree["a"] == .array([]))
        #expect(tree["b"] == .array([.number(5)]))
        #expect(tree["c"] == .object([JSONMember("a", .array([.number(6)]))]))
        #expect(tree["d"] == .number(7))
    }

    @Test func syntaxErrorsAreFoundAsByTheWholeParser() throws {
        for text in ["{\"a\": [1, 2,]}", "{\"a\": [1, 2], \"a\": []}", "{\"a\": [1 2]}", "{\"a\": [1]} x"] {
            let whole = Result { () throws(JSONSyntaxError) in try JSONParser.parse(Array(text.utf8)) }
            let streamed = Result { () throws(JSONSyntaxError) in
                try JSONParser.parse(Array(text.utf8), streaming: ["a"]) { _, _, _ in }
            }
            #expect(whole.failure?.problem != nil, "\(text)")
            #expect(whole.failure?.problem == streamed.failure?.problem, "\(text)")
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
