import Testing

@testable import CNPlanCore
@testable import CNPlanKit

let workshop = [
    "title 维修服务 Repair", "objective Faster first response", "data-goal Every request's fault",
    "segment add Owners", "segment s1 role consumer", "segment s1 why slow", "segment s1 need fast",
    "segment s1 value parts", "segment s1 barriers hold times", "segment add Shops", "segment remove s2",
    "behaviour add access connect", "behaviour access value 5", "behaviour access effort 2",
    "behaviour access why anywhere",
    "behaviour connect value 3", "behaviour connect effort 3", "behaviour connect why trust", "behaviour rank connect",
    "concept add App", "concept c1 uses access connect", "concept c1 description d",
    "concept c1 customer-value cv", "concept c1 org-value ov", "impact add Time", "impact i1 baseline 48",
    "impact i1 target -50%", "impact i1 unit hours", "impact i1 by 2027-06-30",
]

/// Reads a plan both ways, from the whole tree and item by item as the parser reads it
/// (`decode(bytes:)`), and checks that they agree: on the plan, or on the error.
func decode(_ text: String) throws -> Plan {
    let bytes = Array(text.utf8)
    let whole = Result { try PlanCodec.decode(JSONParser.parse(bytes)) }
    let streamed = Result { () throws(PlanCodec.ReadError) -> Plan in try PlanCodec.decode(bytes: bytes) }
    switch (whole, streamed) {
    case (.success(let a), .success(let b)): #expect(a == b)
    case (.failure(let a as PlanCodec.FormatError), .failure(.format(let b))): #expect(a == b)
    case (.failure(let a as JSONSyntaxError), .failure(.syntax(let b))):
        #expect(a.line == b.line && a.problem == b.problem)
    default: Issue.record("the two readings disagree: \(whole) against \(streamed)")
    }
    return try whole.get()
}

@Suite struct CodecTests {
    @Test func aPlanRoundTripsExactly() throws {
        let p = try run(workshop)
        let text = PlanCodec.encode(p)
        let back = try decode(text)
        #expect(back == p)
        #expect(PlanCodec.encode(back) == text)
    }

    @Test func exportHasTheContractKeysInRankOrder() throws {
        let json = try JSONParser.parse(Array(PlanCodec.encode(try run(workshop)).utf8))
        #expect(json["format"] == .string("cnplan.plan"))
        #expect(json["version"] == .number(1))
        guard case .array(let behaviours)? = json["behaviours"] else {
            Issue.record("no behaviours")
            return
        }
        #expect(behaviours.map { $0["name"] } == [.string("connect"), .string("access")])
        #expect(behaviours.map { $0["rank"] } == [.number(1), .number(2)])
        guard case .array(let impacts)? = json["impacts"] else {
            Issue.record("no impacts")
            return
        }
        #expect(impacts[0]["target"] == .number(24))
        #expect(impacts[0]["targetRelative"] == .string("-50%"))
        guard case .array(let segments)? = json["segments"] else {
            Issue.record("no segments")
            return
        }
        #expect(segments.count == 1)
        #expect(json["nextIds"]?["segment"] == .number(3))
    }

    @Test func unsetTextIsAbsent() throws {
        let text = PlanCodec.encode(try run(["segment add A"]))
        #expect(!text.contains("\"why\""))
        #expect(!text.contains("\"title\""))
    }

    @Test(arguments: [
        (
            #"{"format":"cnplan.plan","version":2}"#,
            "$.version: version 2 is newer than this cnplan reads (1); update cnplan"
        ),
        (#"{"format":"other","version":1}"#, #"$.format: not a cnplan plan: expected "format": "cnplan.plan""#),
        (#"{"format":"cnplan.plan","version":"1"}"#, "$.version: must be a whole number"),
        (
            #"{"format":"cnplan.plan","version":1,"segments":[{"id":"s1","name":"A","role":"boss"}]}"#,
            #"$.segments[0].role: unknown role "boss""#
        ),
        (
            #"{"format":"cnplan.plan","version":1,"behaviours":[{"name":"fly"}]}"#,
            #"$.behaviours[0].name: unknown behaviour "fly""#
        ),
        (
            #"{"format":"cnplan.plan","version":1,"concepts":[{"id":"c1","title":"T","segment":"s4"}]}"#,
            "$.concepts[0].segment: segment s4 does not exist"
        ),
        (
            #"{"format":"cnplan.plan","version":1,"segments":[{"id":"s1","name":"A"},{"id":"s1","name":"B"}]}"#,
            "$.segments[1].id: id s1 appears twice"
        ),
        (
            #"{"format":"cnplan.plan","version":1,"behaviours":[{"name":"access","value":9}]}"#,
            "$.behaviours[0].value: must be a whole number from 1 to 5"
        ),
        (#"{"format":"cnplan.plan","version":1,"segments":{}}"#, "$.segments: must be an array"),
        (
            #"{"format":"cnplan.plan","version":1,"segments":[{"id":"s00000200376420520689664","name":"x"}]}"#,
            #"$.segments[0].id: "s00000200376420520689664" is not a valid id (s1, s2, …)"#
        ),
        (
            #"{"format":"cnplan.plan","version":1,"segments":[{"id":"s+1","name":"x"}]}"#,
            #"$.segments[0].id: "s+1" is not a valid id (s1, s2, …)"#
        ),
        (
            #"{"format":"cnplan.plan","version":1,"impacts":[{"id":"i1","metric":"m","targetRelative":"-5%"}]}"#,
            "$.impacts[0].targetRelative: a relative target needs a baseline"
        ),
    ])
    func badPlansAreRefusedWithTheirPath(text: String, message: String) {
        #expect(throws: PlanCodec.FormatError.self) { try decode(text) }
        do { _ = try decode(text) } catch let e as PlanCodec.FormatError {
            #expect(en.problem(.notAPlan(e)) == message)
        } catch { Issue.record("\(error)") }
    }

    @Test func syntaxErrorsNameTheLine() {
        do {
            _ = try JSONParser.parse(Array("{\n\"a\": 1,\n}".utf8))
            Issue.record("parsed")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test func stringsWithEscapesAndUnicodeRoundTrip() throws {
        var p = Plan()
        p.title = "quote \" backslash \\ newline \n tab \t bell \u{7} 中文 😀"
        #expect(try decode(PlanCodec.encode(p)).title == p.title)
    }
}

/// A file that is not JSON is explained in the room's language.
@Suite struct JSONProblemTextTests {
    @Test func syntaxErrorsReadInBothLanguages() throws {
        do {
            _ = try JSONParser.parse(Array("{\"a\": 1,\n}".utf8))
            Issue.record("parsed")
        } catch {
            let problem = PlanError.file(path: "p.json", .notJSON(line: error.line, error.problem))
            #expect(
                Texts(.english).message(for: problem) == "p.json: not valid JSON (line 2: expected a key in quotes)")
            #expect(Texts(.chinese).message(for: problem) == "p.json：不是有效的 JSON（第2行：这里应该是带引号的键）")
        }
    }
}
