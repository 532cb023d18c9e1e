import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// The journal's encoding of edits: every case round-trips, the text is stable, and anything
/// else is refused rather than guessed.
@Suite struct EditCodecTests {
    static let every: [Edit] = [
        .setTitle("Clinic \"2027\"\n"), .setTitle(nil), .setObjective("o"), .setDataGoal(nil),
        .addSegment(name: "Patients 长者"), .setSegmentText(id: "s1", field: .barriers, text: "\u{1B}[2J"),
        .setSegmentRole(id: "s1", role: .partner), .setSegmentRole(id: "s1", role: nil), .removeSegment(id: "s2"),
        .addBehaviours([.access, .connect]), .setBehaviourWhy(.engage, "why"), .setBehaviourScore(.access, .effort, 5),
        .rankBehaviours([.connect, .access]), .removeBehaviour(.collaborate), .addConcept(title: "App"),
        .setConceptSegment(id: "c1", segment: "s1"), .setConceptUses(id: "c1", []),
        .setConceptText(id: "c1", field: .customerValue, text: nil), .removeConcept(id: "c1"),
        .addImpact(metric: "wait"), .setImpactBaseline(id: "i1", 48.25), .setImpactBaseline(id: "i1", -1e300),
        .setImpactTarget(id: "i1", .absolute(4)), .setImpactTarget(id: "i1", .relative(percent: -50.5)),
        .setImpactText(id: "i1", field: .unit, text: "hours"), .setImpactBy(id: "i1", PlanDate("2027-06")),
        .setImpactBy(id: "i1", nil), .setImpactConcept(id: "i1", concept: "c1"), .removeImpact(id: "i1"),
    ]

    @Test func everyEditRoundTripsOnOneLine() throws {
        for edit in Self.every {
            let line = EditCodec.encode(edit)
            #expect(!line.contains("\n"), "\(edit)")
            #expect(try EditCodec.decode(line) == edit, "\(line)")
        }
    }

    @Test func theEncodingIsCanonicalAndVersioned() {
        #expect(
            EditCodec.encode(.setSegmentText(id: "s1", field: .need, text: "time"))
                == #"{"v":1,"edit":"setSegmentText","id":"s1","field":"need","text":"time"}"#)
        #expect(
            EditCodec.encode(.setImpactTarget(id: "i1", .relative(percent: -50)))
                == #"{"v":1,"edit":"setImpactTarget","id":"i1","percent":-50}"#)
    }

    @Test func anythingElseIsRefused() {
        for line in [
            #"{"v":2,"edit":"setTitle","text":"x"}"#, #"{"v":1,"edit":"teleport"}"#, "title x",
            #"{"v":1,"edit":"addBehaviours","behaviours":["flying"]}"#, #"{"v":1,"edit":"addSegment"}"#,
            #"{"v":1,"edit":"setBehaviourScore","behaviour":"access","score":"value","value":1e300}"#, "",
        ] {
            #expect(throws: EditCodec.DecodeError.self, "\(line)") { try EditCodec.decode(line) }
        }
    }
}
