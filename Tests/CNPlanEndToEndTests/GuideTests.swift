import Foundation
import Testing

@Suite struct GuideTests {
    /// Answers in the spec's order with a wrong role, an out-of-range score, one /back and skips.
    static let answers = """
        guide
        Clinic follow-up
        Raise satisfaction with follow-up after discharge

        Patients over 65
        patient
        consumer
        Lowest satisfaction today
        Reassurance

        Few use smartphones

        n
        access 2
        5
        9
        3
        Reach them anywhere
        /back
        Reach them anywhere, by phone or app
        4
        4
        Shows them content worth their time

        Follow-up line
        1 2
        A named nurse calls on days 2, 7 and 30
        /skip
        Fewer readmissions






        n
        Follow-up satisfaction
        62
        +30%
        points
        2027-09
        n
        export json
        """

    @Test func answersMakeExactlyThePlanTheyDescribe() throws {
        let r = try CLI.run([], input: Self.answers, environment: ["CNPLAN_TODAY": "2026-11-23"])
        #expect(r.status == 0)
        #expect(
            r.stderr.split(separator: "\n") == [
                #"line 6: unknown role "patient"; roles are consumer, partner, "#
                    + #"investor, media, government, employee, other; please answer again"#,
                #"line 16: effort must be a whole number from 1 to 5, not "9"; please answer again"#,
            ])
        let json = String(r.stdout[r.stdout.range(of: "{\n  \"format\"")!.lowerBound...])
        let expected = """
            {
              "format": "cnplan.plan",
              "version": 1,
              "title": "Clinic follow-up",
              "date": "2026-11-23",
              "objective": {
                "statement": "Raise satisfaction with follow-up after discharge"
              },
              "segments": [
                {
                  "id": "s1",
                  "name": "Patients over 65",
                  "role": "consumer",
                  "why": "Lowest satisfaction today",
                  "need": "Reassurance",
                  "barriers": "Few use smartphones"
                }
              ],
              "behaviours": [
                {
                  "name": "access",
                  "rank": 1,
                  "value": 5,
                  "effort": 3,
                  "why": "Reach them anywhere, by phone or app"
                },
                {
                  "name": "engage",
                  "rank": 2,
                  "value": 4,
                  "effort": 4,
                  "why": "Shows them content worth their time"
                }
              ],
              "concepts": [
                {
                  "id": "c1",
                  "title": "Follow-up line",
                  "segment": "s1",
                  "uses": ["access", "engage"],
                  "description": "A named nurse calls on days 2, 7 and 30",
                  "orgValue": "Fewer readmissions"
                }
              ],
              "impacts": [
                {
                  "id": "i1",
                  "metric": "Follow-up satisfaction",
                  "baseline": 62,
                  "target": 80.6,
                  "targetRelative": "+30%",
                  "unit": "points",
                  "by": "2027-09",
                  "concept": "c1"
                }
              ],
              "nextIds": {
                "segment": 2,
                "concept": 2,
                "impact": 2
              }
            }

            """
        #expect(json == expected)
    }

    @Test func aStoppedGuideResumesAtTheNextQuestion() throws {
        let dir = try CLI.temporaryDirectory()
        _ = try CLI.run(["plan.json"], input: "guide\nClinic\nFaster answers\n/stop\n", directory: dir)
        let r = try CLI.run(["plan.json"], input: "guide\n/stop\n", directory: dir)
        let questions = r.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(
            questions.first
                == "[1/5 objective] What customer data should the project collect (the data-collection goal)?")
    }

    @Test func commandsWithASlashRunInsideTheGuide() throws {
        let r = try CLI.run([], input: "guide\nT\n/status\n/title\nO\n/stop\nobjective\n")
        // /status ran inside the guide: only its report names the next command.
        #expect(r.stdout.contains("next: objective TEXT"))
        #expect(r.stdout.contains("\nT\n"))
        #expect(r.stdout.hasSuffix("O\n"))
    }

    @Test func guideAnswersAreUndoable() throws {
        let r = try CLI.run([], input: "guide\nTitle one\n/stop\nhistory\nundo\ntitle\n")
        #expect(r.stdout.contains("1  title Title one"))
        #expect(r.stdout.hasSuffix("(not set; title TEXT sets it)\n"))
    }

    @Test func checkExitsZeroOnACompletePlanWithAWarningAndOneOnAnEmptyOne() throws {
        let dir = try CLI.temporaryDirectory()
        let full = dir.appendingPathComponent("full.json")
        let script = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan"))
        _ = try CLI.run([full.path], input: script + "data-goal \"\"\n")
        let ok = try CLI.run(["check", full.path])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("warning CN102 plan: no data-collection goal"))
        let empty = dir.appendingPathComponent("empty.json")
        try #"{"format": "cnplan.plan", "version": 1}"#.write(to: empty, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", empty.path]).status == 1)
    }

    @Test func helpCoachesEachStepAndBehaviour() throws {
        for topic in [
            "objective", "segment", "behaviours", "concept", "impact", "access", "engage", "customize", "connect",
            "collaborate", "合作", "examples",
        ] {
            let r = try CLI.run([], input: "help \(topic)\n")
            #expect(r.status == 0 && r.stdout.count > 150, "help \(topic)")
        }
        #expect(try CLI.run([], input: "help 接入\n").stdout == (try CLI.run([], input: "help access\n").stdout))
    }
}
