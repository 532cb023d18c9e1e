import Testing

@testable import CNPlanCore
@testable import CNPlanKit

func run(_ lines: [String], on start: Plan = Plan()) throws -> Plan {
    var p = start
    for line in lines {
        guard case .edit(let e)? = try Parser.parse(line) else {
            Issue.record("not an edit: \(line)")
            continue
        }
        p = try apply(e, to: p)
    }
    return p
}

@Suite struct ApplyTests {
    @Test func idsAreNeverReusedAfterRemoval() throws {
        let p = try run(["segment add A", "segment add B", "segment remove s2", "segment add C"])
        #expect(p.segments.map(\.id) == ["s1", "s3"])
    }

    @Test func removingWhatIsReferredToIsRefusedNamingTheReferrer() throws {
        let p = try run([
            "segment add A", "behaviour add access", "concept add App", "concept c1 uses access", "impact add Time",
        ])
        #expect(throws: PlanError.inUse(.segment, id: "s1", by: [ItemLabel(.concept, "c1", "App")])) {
            try run(["segment remove s1"], on: p)
        }
        #expect(throws: PlanError.inUse(.behaviour, id: "access", by: [ItemLabel(.concept, "c1", "App")])) {
            try run(["behaviour remove access"], on: p)
        }
        #expect(throws: PlanError.inUse(.concept, id: "c1", by: [ItemLabel(.impact, "i1", "Time")])) {
            try run(["concept remove c1"], on: p)
        }
    }

    @Test func conceptsUseOnlyChosenBehavioursAndExistingSegments() throws {
        let p = try run(["segment add A", "behaviour add access", "concept add App"])
        #expect(throws: PlanError.notChosen(.collaborate)) { try run(["concept c1 uses access collaborate"], on: p) }
        #expect(throws: PlanError.noSuchItem(.segment, id: "s9", known: ["s1"])) {
            try run(["concept c1 segment s9"], on: p)
        }
    }

    @Test func rankPutsTheNamedFirstAndKeepsTheRest() throws {
        let p = try run(["behaviour add access engage customize connect", "behaviour rank connect engage"])
        #expect(p.behaviours.map(\.name) == [.connect, .engage, .access, .customize])
        #expect(throws: PlanError.notChosen(.collaborate)) { try run(["behaviour rank collaborate"], on: p) }
        #expect(throws: PlanError.repeated("access")) { try run(["behaviour rank access access"], on: p) }
    }

    @Test func relativeTargetsNeedABaselineAndResolveAgainstIt() throws {
        let p = try run(["impact add Time"])
        #expect(throws: PlanError.relativeTargetNeedsBaseline(impact: "i1")) {
            try run(["impact i1 target -50%"], on: p)
        }
        let q = try run(["impact i1 baseline 48", "impact i1 target -50%"], on: p)
        #expect(q.impacts[0].resolvedTarget == 24)
        let r = try run(["impact i1 baseline 10"], on: q)
        #expect(r.impacts[0].resolvedTarget == 5)
    }

    @Test func aConceptIsForTheOnlySegment() throws {
        let p = try run(["segment add A", "concept add App", "impact add Time"])
        #expect(p.concepts[0].segment == "s1")
        #expect(p.impacts[0].concept == "c1")
    }

    @Test func applyLeavesTheGivenPlanAlone() throws {
        let p = try run(["segment add A"])
        _ = try apply(.set(.segment, id: "s1", field: "why", value: .text("x")), to: p)
        #expect(p.segments[0].why == nil)
    }

    @Test func emptyNamesAreRefused() {
        #expect(throws: PlanError.emptyName(.segment)) { try apply(.add(.segment, name: "  "), to: Plan()) }
    }
}

@Suite struct PlanDateTests {
    @Test func datesPrintAsTheyAreRead() {
        for text in ["2027-06-30", "2027-06", "0027-06", "0001-01-01", "2028-02-29"] {
            #expect(PlanDate(text)?.description == text)
        }
        for bad in ["27-06", "2027-6", "2027-02-30", "2027-13", "2027-00-10", "２０２７-06", "2027-06-"] {
            #expect(PlanDate(bad) == nil, "\(bad)")
        }
    }
}
