import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

/// Check-ins: typed, kept in date order, corrected, removed, journaled and saved.
@Suite struct CheckInTests {
    let base = [
        "concept add App", "impact add Response time", "impact i1 baseline 48", "impact i1 target 4",
        "impact i1 by 2027-06-30",
    ]

    @Test func checkInsAreKeptInDateOrderAndADayIsCorrectedInPlace() throws {
        let p = try run(
            base + [
                "impact i1 actual 20 on 2027-02-01", "impact i1 actual 30 on 2027-01-01 note first week",
                "impact i1 actual 18 on 2027-02-01",
            ])
        #expect(
            p.impacts[0].actuals == [
                CheckIn(date: PlanDate("2027-01-01")!, value: 30, note: "first week"),
                CheckIn(date: PlanDate("2027-02-01")!, value: 18),
            ])
        let removed = try run(["impact i1 actual remove 2027-01-01"], on: p)
        #expect(removed.impacts[0].actuals.map(\.value) == [18])
    }

    @Test func wideDigitsAndChineseWordsAreRead() throws {
        let p = try run(base + ["影响 i1 实际 ２０ 日期 2027年2月1日 备注 上线后"])
        #expect(p.impacts[0].actuals == [CheckIn(date: PlanDate("2027-02-01")!, value: 20, note: "上线后")])
    }

    @Test func mistakesAreRefused() throws {
        let p = try run(base)
        #expect(throws: PlanError.noCheckIn(impact: "i1", date: "2027-01-01")) {
            try run(["impact i1 actual remove 2027-01-01"], on: p)
        }
        #expect(throws: PlanError.badDay("2027-01")) { try Parser.parse("impact i1 actual 3 on 2027-01") }
        #expect(throws: PlanError.notANumber("many", field: "actual")) { try Parser.parse("impact i1 actual many") }
        #expect(throws: PlanError.self) { try run(["impact i9 actual 3 on 2027-01-01"], on: p) }
        #expect(throws: PlanError.missingArgument(.actual, usage: CheckInSyntax.usage)) {
            try Parser.parse("impact i1 actual")
        }
    }

    @Test func withoutADateTheSessionDatesItToday() throws {
        #expect(try Parser.parse("impact i1 actual 5 note n") == .checkInToday(impact: "i1", value: 5, note: "n"))
        let w = Workbench(plan: try run(base))
        _ = try w.run(.checkInToday(impact: "i1", value: 5, note: nil), line: "impact i1 actual 5")
        #expect(w.plan.impacts[0].actuals.map(\.date) == [Clock.today()])
        #expect(w.history == ["impact i1 actual 5 on \(Clock.today())"])
        _ = try w.run(.undo, line: "undo")
        #expect(w.plan.impacts[0].actuals.isEmpty)
    }

    @Test func editsSurviveTheJournalEncodingAndTheirCommandLine() throws {
        let edits: [Edit] = [
            .checkIn(impact: "i1", CheckIn(date: PlanDate("2027-01-02")!, value: 1.5, note: "a \"quoted\" note")),
            .checkIn(impact: "i1", CheckIn(date: PlanDate("2027-01-03")!, value: -3)),
            .removeCheckIn(impact: "i1", on: PlanDate("2027-01-02")!),
        ]
        for e in edits {
            #expect(try EditCodec.decode(EditCodec.encode(e)) == e)
            #expect(try Parser.parse(e.commandLine) == .edit(e))
        }
    }

    @Test func plansWithCheckInsSaveAndLoadAsThemselvesAndOldFilesLoadUnchanged() throws {
        let old = try run(base)
        #expect(!PlanCodec.encode(old).contains("actuals"))
        let p = try run(["impact i1 actual 20 on 2027-02-01 note n", "impact i1 actual 30 on 2027-01-01"], on: old)
        let loaded = try PlanCodec.decode(try JSONParser.parse(Array(PlanCodec.encode(p).utf8)))
        #expect(loaded == p)
    }

    @Test func badCheckInsInAFileAreNamedByPath() throws {
        let text = PlanCodec.encode(try run(base)).replacingOccurrences(
            of: "\"by\": \"2027-06-30\",",
            with: "\"by\": \"2027-06-30\", \"actuals\": [{\"date\": \"2027-01\", \"value\": 1}],")
        #expect(throws: PlanCodec.FormatError(path: "$.impacts[0].actuals[0].date", problem: .notADate("2027-01"))) {
            try PlanCodec.decode(try JSONParser.parse(Array(text.utf8)))
        }
    }
}

/// Progress against the line from the start to the target date, for targets up and down.
@Suite struct ImpactProgressTests {
    let today = PlanDate("2027-04-01")!
    let start = PlanDate("2027-01-01")!

    func impact(_ baseline: Double, _ target: Double, by: String = "2027-12-31", _ actuals: [(String, Double)])
        -> Impact
    {
        var m = Impact(id: "i1", metric: "m")
        m.baseline = baseline
        m.target = .absolute(target)
        m.by = PlanDate(by)
        m.actuals = actuals.map { CheckIn(date: PlanDate($0.0)!, value: $0.1) }
        return m
    }

    func state(_ m: Impact, start: PlanDate? = PlanDate("2027-01-01")) -> TrackState? {
        ImpactProgress(m, start: start, today: today).state
    }

    @Test func percentOfTheWayUpAndDown() {
        #expect(ImpactProgress(impact(48, 4, [("2027-03-01", 26)]), start: start, today: today).percent == 50)
        #expect(ImpactProgress(impact(10, 20, [("2027-03-01", 25)]), start: start, today: today).percent == 150)
        #expect(ImpactProgress(impact(10, 20, [("2027-03-01", 5)]), start: start, today: today).percent == -50)
    }

    @Test func eachStateGoingUp() {
        // The line to 2027-12-31 from 2027-01-01 expects about 25 % by 2027-04-01.
        #expect(state(impact(0, 100, [("2027-04-01", 60)])) == .ahead)
        #expect(state(impact(0, 100, [("2027-04-01", 25)])) == .onTrack)
        #expect(state(impact(0, 100, [("2027-04-01", 5)])) == .behind)
        #expect(state(impact(0, 100, [("2027-04-01", 100)])) == .reached)
        #expect(state(impact(0, 100, by: "2027-03-31", [("2027-03-01", 90)])) == .missed)
    }

    @Test func eachStateGoingDown() {
        #expect(state(impact(48, 4, [("2027-04-01", 20)])) == .ahead)
        #expect(state(impact(48, 4, [("2027-04-01", 37)])) == .onTrack)
        #expect(state(impact(48, 4, [("2027-04-01", 46)])) == .behind)
        #expect(state(impact(48, 4, [("2027-04-01", 3)])) == .reached)
        #expect(state(impact(48, 4, by: "2027-03", [("2027-03-01", 20)])) == .missed)
    }

    @Test func withoutAPlanDateTheLineStartsAtTheFirstCheckIn() {
        let m = impact(0, 100, by: "2027-05-01", [("2027-03-01", 10), ("2027-04-01", 20)])
        // From 2027-03-01 to 2027-05-01 the line expects about half by 2027-04-01.
        #expect(state(m, start: nil) == .behind)
        #expect(state(m) == .behind)
        #expect(
            state(impact(0, 100, by: "2027-05-01", [("2027-03-01", 10), ("2027-04-01", 60)]), start: nil) == .ahead)
    }

    @Test func nothingToJudgeWithoutCheckInsOrTarget() {
        #expect(state(impact(0, 100, [])) == nil)
        var m = impact(0, 100, [("2027-03-01", 10)])
        m.target = nil
        #expect(state(m) == nil)
    }

    @Test func sparklineScalesBetweenBaselineTargetAndCheckIns() {
        let m = impact(0, 70, [("2027-01-01", 0), ("2027-02-01", 10), ("2027-03-01", 70)])
        #expect(ImpactProgress(m, start: nil, today: today).sparkline("01234567") == "017")
    }

    @Test func daysCountAcrossMonthsAndLeapYears() {
        #expect(PlanDate("1970-01-01")!.dayNumber == 0)
        #expect(PlanDate("2028-03-01")!.dayNumber - PlanDate("2028-02-28")!.dayNumber == 2)
        #expect(PlanDate("2027-06")!.dayNumber == PlanDate("2027-06-30")!.dayNumber)
    }
}

/// The checks for the life of a plan after the workshop.
@Suite struct CheckInCheckTests {
    func codes(_ p: Plan, _ today: String) -> [String] {
        Checks.run(p, context: CheckContext(today: PlanDate(today)!)).map(\.code).filter { $0.hasPrefix("CN51") }
    }

    @Test func aTargetDatePassedWithoutACheckInAfterIt() throws {
        let p = try run([
            "concept add A", "impact add M", "impact i1 baseline 0", "impact i1 target 10", "impact i1 by 2027-06-30",
            "impact i1 actual 5 on 2027-06-01",
        ])
        #expect(codes(p, "2027-07-15") == ["CN511", "CN513"])
        #expect(codes(try run(["impact i1 actual 9 on 2027-07-01"], on: p), "2027-07-15") == ["CN513"])
        #expect(codes(try run(["impact i1 actual 10 on 2027-07-01"], on: p), "2027-07-15") == [])
    }

    @Test func noCheckInForLongerThanTheInterval() throws {
        let p = try run([
            "concept add A", "impact add M", "impact i1 baseline 0", "impact i1 target 10", "impact i1 by 2028-06-30",
            "impact add N", "impact i2 baseline 0", "impact i2 target 10", "impact i2 by 2028-06-30",
            "impact i1 actual 1 on 2027-06-01",
        ])
        #expect(codes(p, "2027-06-15") == [])
        let findings = Checks.run(p, context: CheckContext(today: PlanDate("2027-08-01")!)).filter {
            $0.code == "CN512"
        }
        #expect(findings.map(\.name) == ["stale", "never"])
        #expect(findings.allSatisfy { $0.severity == .info })
        #expect(
            codes(
                try run(["impact i1 actual 2 on 2027-07-20", "impact i2 actual 1 on 2027-07-20"], on: p), "2027-08-01")
                == [])
        #expect(codes(try run([], on: p), "2028-07-01") == ["CN511", "CN511"])
    }

    @Test func aConceptAllOfWhoseImpactsAreBehind() throws {
        let p = try run([
            "concept add A", "impact add M", "impact i1 baseline 0", "impact i1 target 100", "impact i1 by 2027-12-31",
            "impact add N", "impact i2 baseline 0", "impact i2 target 100", "impact i2 by 2027-12-31",
            "impact i1 actual 0 on 2027-01-01", "impact i1 actual 10 on 2027-10-01",
            "impact i2 actual 0 on 2027-01-01", "impact i2 actual 20 on 2027-10-01",
        ])
        #expect(codes(p, "2027-10-02") == ["CN513"])
        #expect(codes(try run(["impact i2 actual 90 on 2027-10-01"], on: p), "2027-10-02") == [])
    }
}

/// Check-ins in a file are checked the way typed ones are.
@Suite struct CheckInFileTests {
    @Test func aDayWrittenTwiceIsRefusedAndOrderIsRestored() throws {
        let base = PlanCodec.encode(try run(["impact add M", "impact i1 baseline 0", "impact i1 target 10"]))
        func load(_ actuals: String) throws -> Plan {
            let text = base.replacingOccurrences(
                of: "\"metric\": \"M\",", with: "\"metric\": \"M\", \"actuals\": [\(actuals)],")
            return try PlanCodec.decode(try JSONParser.parse(Array(text.utf8)))
        }
        let twice =
            #"{"date": "2027-02-01", "value": 1}, {"date": "2027-01-01", "value": 2}, "#
            + #"{"date": "2027-02-01", "value": 3}"#
        #expect(throws: PlanCodec.FormatError(path: "$.impacts[0].actuals[2].date", problem: .twice("2027-02-01"))) {
            try load(twice)
        }
        let unordered = #"{"date": "2027-02-01", "value": 1}, {"date": "2027-01-01", "value": 2}"#
        #expect(try load(unordered).impacts[0].actuals.map(\.value) == [2, 1])
    }
}

/// Tab completes the check-in word after an impact's id.
@Suite struct CheckInCompletionTests {
    @Test func actualIsOfferedAfterAnImpactId() throws {
        let plan = try run(["impact add Time"])
        #expect(Completer(plan: plan).complete("impact i1 act").insert == "ual ")
        #expect(!Completer(plan: plan).complete("concept ").candidates.contains("actual"))
    }
}
