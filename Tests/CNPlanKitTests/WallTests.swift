import Testing

@testable import CNPlanCore

/// The projector view, laid out in-process: what changed, the step shown, the timebox, and rows
/// that always fit the screen.
@Suite struct WallTests {
    static let halfwayLines = [
        "title Clinic follow-up", "objective Fewer missed follow-up visits", "segment add Discharged patients",
        "segment s1 role consumer", "behaviour add access connect", "behaviour access value 4",
        "concept add Reminder line", "concept c1 uses access",
    ]
    static let halfway = try! run(halfwayLines)

    static func wall(
        _ plan: Plan = halfway, step: Int? = 3, timer: Timebox? = nil, now: Double = 0, latest: [String] = [],
        language: Language = .english
    ) -> Wall {
        Wall(
            plan: plan, step: step, timer: timer, now: now, latest: latest, problem: nil, file: "plan.json",
            texts: Texts(language))
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 10), (30, 6), (100, 3), (12, 30)], Language.all)
    func everyRowFitsTheScreen(size: (Int, Int), language: Language) {
        let timer = Timebox(seconds: 420, end: 300, label: "a label long enough to need cutting on a narrow screen")
        for step in [1, 2, 3, 4, 5, nil] {
            let lines = Self.wall(step: step, timer: timer, latest: ["a", "b", "c", "d"], language: language)
                .lines(width: size.0, height: size.1)
            #expect(lines.count == size.1, "\(size) step \(String(describing: step))")
            for line in lines { #expect(TextWidth.of(line.text) <= max(size.0 - 1, 12), "\(line.text) at \(size)") }
        }
    }

    @Test func theStepsBoardUnderItsHeadingAndTheFootAtTheBottom() {
        let lines = Self.wall(latest: ["behaviour access value: 4"]).lines(width: 80, height: 24).map(\.text)
        #expect(lines[0] == "  Clinic follow-up")
        #expect(lines[2] == "  1 objective   2 segment   [3 behaviours]   4 concept   5 impact")
        #expect(lines[4] == "  STEP 3 OF 5: BEHAVIOURS")
        #expect(lines[6].contains("rank") && lines[7].contains("access 接入") && lines[7].contains("4"))
        #expect(lines[22] == "  latest: behaviour access value: 4")
        #expect(lines[23] == "  following plan.json; q closes this view")
    }

    @Test func aBoardTooLongForTheScreenSaysHowMuchIsLeftOut() {
        let objective = "objective " + String(repeating: "Fewer missed follow-up visits. ", count: 6)
        let plan = try! run([objective], on: Self.halfway)
        let lines = Self.wall(plan, step: 1).lines(width: 40, height: 12).map(\.text)
        #expect(lines[6] == "    objective: Fewer missed follow-up")
        #expect(lines[10] == "    … 6 more lines")
        #expect(lines.last == "  following plan.json; q closes this…")
    }

    @Test func theTimeboxInBigDigitsWhenThereIsRoomElseInOneRow() {
        let timer = Timebox(seconds: 420, end: 419, label: "ideas")
        let tall = Self.wall(timer: timer).lines(width: 80, height: 30)
        #expect(tall.contains(Wall.Line("  ideas, 7 min", .dim)))
        #expect(tall.filter { $0.style == .timer }.count == 5)
        #expect(tall.contains(Wall.Line("  ██████      ██████  ██████", .timer)))
        let short = Self.wall(timer: timer).lines(width: 80, height: 9)
        #expect(short.contains(Wall.Line("  6:59", .timer)))
        let ending = Self.wall(timer: timer, now: 380).lines(width: 80, height: 9)
        #expect(ending.contains(Wall.Line("  0:39", .ending)))
    }

    @Test func aTimeboxThatIsOverSaysSoForAMinuteThenGoes() {
        let timer = Timebox(seconds: 60, end: 100, label: nil)
        #expect(
            Self.wall(timer: timer, now: 130).lines(width: 80, height: 24).contains(Wall.Line("  TIME IS UP", .alert)))
        #expect(
            !Self.wall(timer: timer, now: 161).lines(width: 80, height: 24).contains { $0.text.contains("timebox") })
        let zh = Self.wall(timer: timer, now: 130, language: .chinese).lines(width: 80, height: 24)
        #expect(zh.contains(Wall.Line("  计时（1分钟）", .dim)) && zh.contains(Wall.Line("  时间到", .alert)))
    }

    @Test func bigDigitsInChineseUseAFullWidthInk() {
        #expect(Wall.digits("1:05", ink: "＃")[0] == "    ＃      ＃＃＃  ＃＃＃")
        #expect(Wall.digits("0", ink: "█") == ["██████", "██  ██", "██  ██", "██  ██", "██████"])
    }

    /// Its heading says what `status` says below it: every answer there, or only the required ones.
    @Test func onceEveryStepIsAnsweredTheWallShowsTheFiveAtAGlance() throws {
        let complete = try run(workshop + ["concept c1 value 4", "concept c1 effort 3"])
        let lines = Self.wall(complete, step: nil).lines(width: 80, height: 24).map(\.text)
        #expect(lines[4] == "  ALL FIVE STEPS ANSWERED")
        #expect(lines.contains { $0.contains("1/5 objective") })
        let required = Self.wall(try run(workshop), step: nil).lines(width: 80, height: 24).map(\.text)
        #expect(required[4] == "  EVERY REQUIRED ANSWER IS IN")
        #expect(required.contains { $0.contains("4/5 concept") && $0.contains("required done") }, "\(required)")
    }

    @Test func changesFieldByFieldAsTheRoomReadsThem() throws {
        let before = Self.halfway
        let after = try run(
            [
                "segment s1 need Fewer trips", "segment s1 role \"\"", "behaviour rank connect", "concept remove c1",
                "impact add Missed visits", "title Clinic",
            ], on: before)
        let changes = PlanChange.between(before, after)
        let en = changes.map { $0.text(old: before, new: after, texts: Texts(.english)) }
        #expect(
            en == [
                "title: Clinic", "segment s1 (Discharged patients) role cleared",
                "segment s1 (Discharged patients) need: Fewer trips", "new ranking: connect, access",
                "removed concept c1 (Reminder line)", "added impact i1 (Missed visits)",
            ])
        #expect(changes.map(\.step) == [nil, 2, 2, 3, 4, 5])
        let zh = changes.map { $0.text(old: before, new: after, texts: Texts(.chinese)) }
        #expect(zh[1] == "细分 s1（Discharged patients） 的角色已清空")
        #expect(zh[3] == "新排序：联结、接入")
        #expect(PlanChange.between(after, after).isEmpty)
    }
}

/// An open vote on the wall: who has voted, never the counts.
@Suite struct WallVoteTests {
    @Test func anOpenVoteShowsWhoVotedButNotTheCounts() throws {
        let plan = try run(
            WallTests.halfwayLines + [
                "concept add Carer app", "vote on concepts --dots 3 --date 2026-11-23", "vote 王伟 c1 c1 c2",
            ])
        let text = WallTests.wall(plan, step: 4).lines(width: 80, height: 30).map(\.text).joined(separator: "\n")
        #expect(text.contains("王伟"))
        #expect(!text.contains("c1 c1"))
        let closed = try run(["vote close"], on: plan)
        let after = WallTests.wall(closed, step: 4).lines(width: 80, height: 30).map(\.text).joined(separator: "\n")
        #expect(!after.contains("王伟"))
    }
}
