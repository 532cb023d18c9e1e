import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// The journal's encoding of edits: every case round-trips, the text is stable and names items and
/// fields by their keys in the file (never by the words typed), and anything else is refused.
@Suite struct EditCodecTests {
    static let every: [Edit] = [
        .set(.plan, id: "", field: "title", value: .text("Clinic \"2027\"\n")),
        .set(.plan, id: "", field: "title", value: nil),
        .set(.plan, id: "", field: "dataGoal", value: nil), .add(.segment, name: "Patients 长者"),
        .set(.segment, id: "s1", field: "barriers", value: .text("\u{1B}[2J")),
        .set(.segment, id: "s1", field: "role", value: .choice("partner")),
        .set(.segment, id: "s1", field: "role", value: nil),
        .remove(.segment, id: "s2"), .choose([.access, .connect]),
        .set(.behaviour, id: "engage", field: "why", value: .text("w")),
        .set(.behaviour, id: "access", field: "effort", value: .score(5)), .rank([.connect, .access]),
        .remove(.behaviour, id: "collaborate"), .add(.concept, name: "App"),
        .set(.concept, id: "c1", field: "segment", value: .reference("s1")),
        .set(.concept, id: "c1", field: "uses", value: .behaviours([.access])),
        .set(.concept, id: "c1", field: "customerValue", value: nil), .remove(.concept, id: "c1"),
        .add(.impact, name: "wait"), .set(.impact, id: "i1", field: "baseline", value: .number(48.25)),
        .set(.impact, id: "i1", field: "baseline", value: .number(-1e300)),
        .set(.impact, id: "i1", field: "target", value: .target(.absolute(4))),
        .set(.impact, id: "i1", field: "target", value: .target(.relative(percent: -50.5))),
        .set(.impact, id: "i1", field: "by", value: .date(PlanDate("2027-06")!)),
        .set(.impact, id: "i1", field: "by", value: nil),
        .set(.impact, id: "i1", field: "concept", value: .reference("c1")), .remove(.impact, id: "i1"),
        .setLanguage("zh"),
        .batch([.add(.segment, name: "A"), .setLanguage("zh")]),
    ]

    @Test func everyEditRoundTripsOnOneLine() throws {
        for edit in Self.every {
            let line = EditCodec.encode(edit)
            #expect(!line.contains("\n"), "\(edit)")
            #expect(try EditCodec.decode(line) == edit, "\(line)")
        }
    }

    @Test func theEncodingIsCanonicalVersionedAndNamesFieldsByTheirKeys() throws {
        #expect(
            EditCodec.encode(.set(.segment, id: "s1", field: "need", value: .text("time")))
                == #"{"v":1,"op":"set","kind":"segment","id":"s1","field":"need","value":"time"}"#)
        // Typed in Chinese, stored by the file's keys and values: renaming a command word changes nothing here.
        guard case .edit(let edit)? = try Parser.parse("细分 s1 角色 消费者") ?? Parser.parse("segment s1 role 消费者") else {
            Issue.record("not an edit")
            return
        }
        #expect(
            EditCodec.encode(edit)
                == #"{"v":1,"op":"set","kind":"segment","id":"s1","field":"role","value":"consumer"}"#)
    }

    @Test func anythingElseIsRefused() {
        for line in [
            #"{"v":2,"op":"set","kind":"plan","id":"","field":"title","value":"x"}"#, #"{"v":1,"op":"teleport"}"#,
            "title x",
            #"{"v":1,"op":"choose","behaviours":["flying"]}"#, #"{"v":1,"op":"add","kind":"segment"}"#,
            #"{"v":1,"op":"set","kind":"behaviour","id":"access","field":"value","value":1e300}"#,
            #"{"v":1,"op":"set","kind":"segment","id":"s1","field":"colour","value":"red"}"#,
            #"{"v":1,"op":"set","kind":"segment","id":"s1","field":"need","value":5}"#, "",
        ] {
            #expect(throws: EditCodec.DecodeError.self, "\(line)") { try EditCodec.decode(line) }
        }
    }
}
