import Foundation
import Testing

/// What the room sees is what is stored: the guide, the file and the screen never mislead.
/// Each test drives the built binary through a pipe.
@Suite struct WhatTheRoomSeesTests {
    /// A plan through step 2, typed as commands.
    static let throughStep2 = """
        title T
        objective O
        data-goal D
        segment add A
        segment s1 role consumer
        segment s1 why w
        segment s1 need n
        segment s1 value v
        segment s1 barriers b
        segment s1 stage permit

        """

    func run(_ script: String) throws -> (CLI.Result, String) {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run([file], input: script)
        let json = try CLI.run(["export", file]).stdout
        return (r, json)
    }

    @Test func theProposedRankingIsWhatEnterApplies() throws {
        let (r, json) = try run(
            Self.throughStep2 + """
                behaviour add engage access
                behaviour engage value 1
                behaviour engage effort 5
                behaviour engage why e
                behaviour access value 5
                behaviour access effort 1
                behaviour access why a
                guide

                /stop
                """)
        #expect(
            r.stdout.contains(
                "Proposed ranking by value for effort: access (value 5, effort 1), engage (value 1, effort 5)"))
        let access = json.range(of: #""name": "access""#)!
        let engage = json.range(of: #""name": "engage""#)!
        #expect(access.lowerBound < engage.lowerBound, "access is ranked first in the file")
    }

    @Test func onlyYesAndNoWordsAnswerAYesNoQuestion() throws {
        let (r, json) = try run(
            Self.throughStep2 + """
                behaviour add access
                guide step 4
                App
                access
                d
                cv
                ov






                maybe
                要
                Second
                """)
        #expect(r.stderr.contains("please answer with yes or no"))
        #expect(json.contains(#""title": "Second""#), "要 is a yes: the next answer is a concept title, not a metric")
        #expect(!json.contains(#""metric": "Second""#))
    }

    @Test func errorsSayWhatFitsNotEveryUsage() throws {
        let (r, _) = try run("impact add Time\nimpact i1 baseline\nguide step 5\n70 min\n70\n/stop\n")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "line 2: missing baseline; usage: impact ID baseline NUMBER")
        #expect(lines.contains("line 4: please answer with a number, such as 48; please answer again"))
        #expect(!r.stderr.contains("impact add METRIC |"))
    }

    @Test func anItemWithoutAFieldIsShownAndAMissingOneSaysSo() throws {
        let (r, _) = try run("segment add Owners\nsegment s1 need Speed\nsegment s1\nimpact i9\n")
        #expect(r.stdout.contains("s1  Owners"))
        #expect(r.stdout.contains("need:"))
        #expect(r.stderr.contains("line 4: no impact i9; there are none yet"))
    }

    @Test func changesInPercentUnitsReadInPointsRoundedAndOnce() throws {
        let (r, _) = try run(
            """
            impact add Share
            impact i1 baseline 20
            impact i1 target 90
            impact i1 unit %
            impact add Score
            impact i2 baseline 6.1
            impact i2 target +25%
            impact
            show i2
            """)
        #expect(r.stdout.contains("20 → 90"))
        #expect(r.stdout.contains("+70 pts"))
        #expect(!r.stdout.contains("+350%"))
        #expect(r.stdout.contains("6.1 → 7.63"))
        #expect(!r.stdout.contains("7.625"))
        #expect(!r.stdout.contains("(+25%)  +25%"), "each change is said once")
    }

    @Test func everyPlanThatIsAcceptedSavesAndLoadsBack() throws {
        let (r, json) = try run(
            "impact add Huge\nimpact i1 baseline 2e299\nimpact i1 target +0%\nimpact add Over\n"
                + "impact i2 baseline 1e308\nimpact i2 target +100%\n")
        #expect(r.stderr.contains("line 6: impact i2 would hold a number too large to save"))
        #expect(json.contains(#""baseline": 2e+299"#) || json.contains(#""baseline": 2e299"#))
        #expect(!json.contains("inf"))
        #expect(json.contains(#""targetRelative": "+0%""#))
    }

    @Test func exportOfAFileNameSuggestsTheFormat() throws {
        let (r, _) = try run("export handout.md\n")
        #expect(r.stderr.contains(#"unknown export format "handout.md"; did you mean "export md handout.md"?"#))
    }
}

/// The guide resumes where it stopped: what was skipped on purpose stays skipped until everything
/// else is asked, `guide step N` starts at a step, and Ctrl-D in an answer leaves the guide only.
@Suite struct GuideResumesTests {
    @Test func aSkippedQuestionStaysSkippedAndGuideStepStartsThere() throws {
        let dir = try CLI.temporaryDirectory()
        // Title answered, objective skipped, then stopped; the next walk goes on with the data goal.
        let r = try CLI.run(
            ["plan.json"], input: "guide\nT\n\n/stop\nguide\nD\n/stop\nguide step 4\n/stop\n", directory: dir)
        let questions = r.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }.map(String.init)
        #expect(questions.count == 6, "\(questions)")
        #expect(questions[0].contains("What is this plan called?"))
        #expect(questions[1].contains("What customer-facing objective"))
        // Stopped at the data goal; the next walk asks it again, not the objective skipped on purpose.
        #expect(questions[2].contains("What customer data"))
        #expect(questions[3].contains("What customer data"))
        #expect(questions[4].hasPrefix("[2/5"), "after the data goal the walk moves on; the skipped objective waits")
        #expect(questions[5].hasPrefix("[4/5"))
    }

    @Test func ctrlDInAGuideAnswerLeavesTheGuideNotTheProgram() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        try t.type("guide")
        try t.send("Enter")
        try t.waitFor("What is this plan called?")
        try t.waitForLastLine(endingWith: "answer>")
        try t.send("C-d")
        try t.waitFor("guide stopped")
        try t.waitForLastLine(endingWith: "]>")
        try t.type("title Still here")
        try t.send("Enter")
        try t.waitFor("Still here [1/5 objective]>")
    }
}
