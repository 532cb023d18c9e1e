import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

/// Issue 13, the room: concept scores, who was there, the value/effort matrix and dot voting.
@Suite struct RoomTests {
    /// Three scored concepts, two of them in one cell, and one not scored.
    static let scored = [
        "segment add Owners", "behaviour add access connect",
        "concept add Repair mini-app", "concept c1 value 5", "concept c1 effort 2",
        "concept add Fix-it tips community", "concept c2 value 3", "concept c2 effort 4",
        "concept add Video diagnosis by a senior engineer", "concept c3 value 5", "concept c3 effort 2",
        "concept add Loyalty points", "concept c4 value 2",
        "behaviour access value 5", "behaviour access effort 2", "behaviour connect value 2",
        "behaviour connect effort 4",
    ]

    @Test func conceptsAreScoredInEitherLanguageAndGuidedAfterTheirTexts() throws {
        let p = try run(["concept add App", "concept c1 value 4", "方案 c1 投入 ２"])
        #expect(p.concepts[0].value == 4 && p.concepts[0].effort == 2)
        #expect(throws: PlanError.scoreOutOfRange("6", field: "value")) { try Parser.parse("concept c1 value 6") }
        let keys = Concept.fields.map(\.info.key)
        #expect(Array(keys.suffix(2)) == ["value", "effort"], "asked after the texts")
        #expect(keys.firstIndex(of: "orgValue")! < keys.firstIndex(of: "value")!)
    }

    @Test func whoWasThereIsKeptCanonicallyAndRoundTrips() throws {
        let p = try run([
            "participants 王伟、李娜, Zhang Min ,", "facilitator 陈静", "organisation Service", "date 2026年11月23日",
        ])
        #expect(p.participants == ["王伟", "李娜", "Zhang Min"])
        #expect(p.date == PlanDate("2026-11-23"))
        let json = PlanCodec.encode(p)
        #expect(json.contains(#""participants": ["王伟", "李娜", "Zhang Min"]"#))
        #expect(try PlanCodec.decode(JSONParser.parse(Array(json.utf8))) == p)
        let edit = Edit.set(.plan, id: "", field: "participants", value: .names(["A \"B\"", "C"]))
        #expect(try EditCodec.decode(EditCodec.encode(edit)) == edit)
        #expect(try Parser.parse(edit.commandLine) == .edit(edit))
    }

    @Test func theFirstChangeDatesTheWorkshopAndOnlyTheFirst() throws {
        let today = PlanDate("2026-11-23")!
        let title = Edit.set(.plan, id: "", field: "title", value: .text("T"))
        #expect(
            Workbench.firstChangeDate(title, before: Plan(), today: today)
                == .set(.plan, id: "", field: "date", value: .date(today)))
        // A plan made with `new TITLE` is dated by its first change after that; later changes are not.
        let before = try run(["title T", "objective O"])
        #expect(
            Workbench.firstChangeDate(
                .set(.plan, id: "", field: "dataGoal", value: .text("D")), before: before, today: today) == nil)
    }

    @Test func quadrantsCountAThreeAsHigh() {
        #expect(Quadrant.of(value: 5, effort: 1) == .quickWins)
        #expect(Quadrant.of(value: 3, effort: 3) == .bigBets)
        #expect(Quadrant.of(value: 2, effort: 2) == .fillIns)
        #expect(Quadrant.of(value: 1, effort: 5) == .moneyPits)
        let m = Matrix(plan: try! run(Self.scored), subject: .concepts)
        #expect(m.cell(value: 5, effort: 2).map(\.id) == ["c1", "c3"])
        #expect(m.items(in: .quickWins).map(\.id) == ["c1", "c3"])
        #expect(m.unscored.map(\.id) == ["c4"])
    }

    @Test(arguments: ["en", "zh"])
    func theMatrixFitsEightyColumns(code: String) throws {
        let texts = Texts(Language.named(code)!)
        for subject in VoteSubject.allCases {
            let text = MatrixBoard(plan: try run(Self.scored), subject: subject, width: 80, texts: texts).render()
            for line in text.split(separator: "\n") { #expect(TextWidth.of(String(line)) <= 80, "\(line)") }
            Snapshot.expect(text + "\n", suite: "RoomTests", name: "matrix-\(subject.rawValue).\(code).txt")
        }
    }

    @Test func aShowOfHandsAndNamedDotsCountTogetherAndOrderTheConcepts() throws {
        var p = try run(Self.scored + ["vote on concepts --dots 3 --date 2026-11-23"])
        #expect(throws: PlanError.vote(.roundOpen(.concepts))) { try run(["vote on behaviours"], on: p) }
        #expect(throws: PlanError.vote(.overBudget(name: "王伟", dots: 4, budget: 3))) {
            try run(["vote 王伟 c1 c1 c3 c2"], on: p)
        }
        #expect(throws: PlanError.vote(.notInRound("c9", .concepts))) { try run(["vote c9 2"], on: p) }
        p = try run(["vote 王伟 c1 c1 c3", "vote 李娜 c2 c2 c2", "vote 李娜 c2 c2 c3", "vote c4 1"], on: p)
        let round = try #require(p.openVote)
        #expect(round.ballots.map(\.name) == ["王伟", "李娜"], "voting again replaces one's dots")
        #expect(round.result(of: p.ids(of: .concept)).map(\.votes) == [2, 2, 2, 1])
        p = try run(["vote close --apply"], on: p)
        #expect(p.openVote == nil)
        // Ties keep the plan's order.
        #expect(p.concepts.map(\.id) == ["c1", "c2", "c3", "c4"])
        p = try run(["vote on behaviours", "vote connect 3 access 1", "vote close", "vote apply"], on: p)
        #expect(p.behaviours.map(\.name) == [.connect, .access])
        #expect(throws: PlanError.vote(.noOpenRound)) { try run(["vote close"], on: p) }
    }

    @Test func withParticipantsRecordedAVoterMustBeOneOfThem() throws {
        let p = try run(Self.scored + ["participants 王伟, 李娜, Zhang Min", "vote on concepts --date 2026-11-23"])
        // A name, or the start of one, votes.
        let voted = try run(["vote 王伟 c1", "vote 李 c2", "vote zhang c3"], on: p)
        #expect(voted.openVote?.ballots.count == 3)
        #expect(
            throws: PlanError.vote(
                .notAParticipant("Zhnag", nearest: "Zhang Min", participants: ["王伟", "李娜", "Zhang Min"]))
        ) { try run(["vote Zhnag c1"], on: p) }
        let message = Texts(.english).message(
            for: .vote(.notAParticipant("Zhnag", nearest: "Zhang Min", participants: ["王伟", "李娜", "Zhang Min"])))
        #expect(message == "Zhnag is not among the participants (王伟, 李娜, Zhang Min); did you mean Zhang Min?")
        // With none recorded, anyone votes.
        #expect(
            try run(["vote on concepts --date 2026-11-23", "vote Anyone c1"], on: try run(Self.scored)).openVote != nil)
    }

    @Test func aRoundNobodyVotedInOrdersNothing() throws {
        let p = try run(Self.scored + ["vote on concepts --date 2026-11-23"])
        let before = p.concepts.map(\.id)
        #expect(throws: PlanError.vote(.noVotesCast)) { try run(["vote close --apply"], on: p) }
        let closed = try run(["vote close"], on: p)
        #expect(closed.openVote == nil)
        #expect(throws: PlanError.vote(.noVotesCast)) { try run(["vote apply"], on: closed) }
        #expect(closed.concepts.map(\.id) == before)
        #expect(Texts(.chinese).message(for: .vote(.noVotesCast)).hasPrefix("这一轮还没有人投票"))
    }

    @Test func roundsRoundTripThroughTheFileAndTheJournal() throws {
        let p = try run(
            Self.scored + [
                "vote on concepts --dots 3 --date 2026-11-23", "vote \"Wang Wei\" c1 c3", "vote c1 2 c2 1 c3 0",
                "vote close",
                "vote on behaviours --date 2026-11-24", "vote access 2",
            ])
        let json = PlanCodec.encode(p)
        #expect(json.contains(#""counts": {"#) && json.contains(#""name": "Wang Wei""#))
        #expect(try PlanCodec.decode(JSONParser.parse(Array(json.utf8))) == p)
        let edits: [VoteEdit] = [
            .open(.concepts, budget: 3, date: PlanDate("2026-11-23")),
            .dots(Ballot(name: "Wang Wei", dots: ["c1", "c1"])),
            .tally([VoteCount(item: "access", votes: 4)]), .close(apply: true), .apply,
            .dots(Ballot(name: "'a \"b”", dots: ["c1"])), .dots(Ballot(name: "“x", dots: ["c2"])),
        ]
        for v in edits {
            #expect(try EditCodec.decode(EditCodec.encode(.vote(v))) == .vote(v))
            #expect(try Parser.parse(v.commandLine) == .edit(.vote(v)), "\(v.commandLine)")
        }
    }

    @Test func theSessionDatesARoundAndUndoesEachVoteLine() throws {
        let bench = Workbench(plan: try run(Self.scored))
        _ = try bench.run(
            try #require(try Parser.parse("vote on concepts --dots 3")), line: "vote on concepts --dots 3")
        #expect(bench.plan.openVote?.date != nil, "dated by the session's clock")
        let reply = try bench.run(try #require(try Parser.parse("vote 王伟 c1 c1 c3")), line: "vote 王伟 c1 c1 c3")
        #expect(!reply.output.contains("c1") && reply.output.contains("3"), "whose dots went where stays hidden")
        #expect(
            try bench.run(.history, line: "history").output.hasSuffix(
                "2  vote 王伟 (3 dots, shown when the round closes)"))
        // No space before a full-width bracket.
        bench.texts = Texts(.chinese)
        #expect(try bench.run(.history, line: "history").output.hasSuffix("2  vote 王伟（3 个圆点，本轮结束后公布）"))
        bench.texts = Texts(.english)
        _ = try bench.run(try #require(try Parser.parse("vote close")), line: "vote close")
        #expect(try bench.run(.history, line: "history").output.contains("2  vote 王伟 c1 c1 c3"))
        _ = try bench.run(.undo, line: "undo")
        _ = try bench.run(.undo, line: "undo")
        #expect(bench.plan.openVote?.ballots == [])
    }
}

@Suite struct RoomCompletionTests {
    @Test func tabOffersTheVoteWordsAndTheOpenRoundsItems() throws {
        let idle = Completer(plan: try run(RoomTests.scored))
        #expect(idle.candidates(after: ["vote"], current: "") == ["on"])
        #expect(idle.candidates(after: ["vote", "on"], current: "") == ["concepts", "behaviours"])
        #expect(idle.candidates(after: ["matrix"], current: "") == ["concepts", "behaviours"])
        let voting = Completer(plan: try run(RoomTests.scored + ["vote on concepts"]))
        #expect(voting.candidates(after: ["vote"], current: "") == ["close", "c1", "c2", "c3", "c4"])
        #expect(voting.candidates(after: ["vote", "王伟", "c1"], current: "") == ["c1", "c2", "c3", "c4"])
    }
}
