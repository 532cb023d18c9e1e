import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// The checks that coach participation: each fires on the plan it is about and stays quiet when
/// the plan does what it advises.
@Suite struct ParticipationCheckTests {
    let today = CheckContext(today: PlanDate("2026-11-23")!)
    func findings(_ p: Plan, _ code: String) -> [Finding] { Checks.run(p, context: today).filter { $0.code == code } }

    /// One segment, three behaviours, one concept on collaborate and engage with its loop said.
    static let base = [
        "segment add Families", "behaviour add collaborate engage connect", "concept add Specials vote",
        "concept c1 uses collaborate engage", "concept c1 feedback Results posted every Monday",
    ]

    @Test func aShallowFormUnderEngageOrCollaborateIsAWarning() throws {
        let p = try run(Self.base + ["concept c1 form games"])
        let f = findings(p, "CN405")
        #expect(f.map(\.item) == ["c1"] && f.first?.severity == .warning)
        #expect(f.first?.message(en).hasPrefix("rests on collaborate, but customers only play or chat") == true)
        #expect(f.first?.message(Texts(.chinese)).hasPrefix("基于「合作」") == true)
        #expect(try findings(run(Self.base + ["concept c1 form discussion"]), "CN405").count == 1)
    }

    @Test func aDeepEnoughFormOrOtherBehavioursKeepItQuiet() throws {
        #expect(try findings(run(Self.base + ["concept c1 form ideas"]), "CN405").isEmpty)
        #expect(try findings(run(Self.base), "CN405").isEmpty, "no form said: nothing to judge")
        let access = [
            "segment add A", "behaviour add access", "concept add App", "concept c1 uses access",
            "concept c1 form games",
        ]
        #expect(try findings(run(access), "CN405").isEmpty)
    }

    @Test func connectOrCollaborateWithoutAFeedbackLoopIsAWarning() throws {
        let p = try run(Self.base + ["concept c1 feedback \"\"", "concept c1 channel online"])
        let f = findings(p, "CN406")
        #expect(f.map(\.item) == ["c1"] && f.first?.severity == .warning)
        #expect(f.first?.message(en).contains("people who speak up and never hear back stop taking part") == true)
        #expect(f.first?.fix(en) == "concept c1 feedback TEXT")
    }

    @Test func aFeedbackLoopOrNoSpeakingUpKeepsItQuiet() throws {
        #expect(try findings(run(Self.base + ["concept c1 channel online"]), "CN406").isEmpty)
        // A concept that says nothing of how customers take part, as in plans made before, is the guide's to ask.
        #expect(try findings(run(Self.base + ["concept c1 feedback \"\""]), "CN406").isEmpty)
        let access = [
            "segment add A", "behaviour add access engage", "concept add App",
            "concept c1 uses access engage", "concept c1 form ideas",
        ]
        #expect(try findings(run(access), "CN406").isEmpty)
    }

    @Test func aSegmentAtTheAttractStageAskedForDeepCollaborationIsAWarning() throws {
        let p = try run(Self.base + ["segment s1 stage attract"])
        let f = findings(p, "CN205")
        #expect(f.map(\.item) == ["s1"] && f.first?.severity == .warning)
        #expect(f.first?.message(en).hasPrefix("segment Families has only just noticed you, yet concept c1") == true)
        // Deep by its form alone, without collaborate.
        let testing = [
            "segment add A", "segment s1 stage attract", "behaviour add engage", "concept add Beta",
            "concept c1 uses engage", "concept c1 form testing",
        ]
        #expect(try findings(run(testing), "CN205").count == 1)
    }

    @Test func aSegmentFurtherAlongOrALightConceptKeepsItQuiet() throws {
        #expect(try findings(run(Self.base + ["segment s1 stage participate"]), "CN205").isEmpty)
        #expect(try findings(run(Self.base), "CN205").isEmpty, "no stage said")
        let light = [
            "segment add A", "segment s1 stage attract", "behaviour add engage", "concept add Game",
            "concept c1 uses engage", "concept c1 form games",
        ]
        #expect(try findings(run(light), "CN205").isEmpty)
    }

    @Test func conceptsAllInOneAreaAreInformation() throws {
        let two = Self.base + ["concept add Tips", "concept c2 uses connect", "concept c2 feedback f"]
        let p = try run(two + ["concept c1 area service", "concept c2 area service"])
        let f = findings(p, "CN407")
        #expect(f.map(\.item) == [""] && f.first?.severity == .info)
        #expect(f.first?.fix(en) == "concept CID area AREA... for a concept in another area, if the objective allows")
    }

    @Test func conceptsInSeveralAreasOrOneConceptKeepItQuiet() throws {
        let two = Self.base + ["concept add Tips", "concept c2 uses connect", "concept c2 feedback f"]
        #expect(try findings(run(two + ["concept c1 area service", "concept c2 area marketing"]), "CN407").isEmpty)
        let overlapping = two + ["concept c1 area service", "concept c2 area service innovation"]
        #expect(try findings(run(overlapping), "CN407").isEmpty)
        #expect(try findings(run(Self.base + ["concept c1 area service"]), "CN407").isEmpty)
        #expect(try findings(run(two + ["concept c1 area service"]), "CN407").isEmpty, "one concept placed")
    }
}
