import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// A console fed with what a person would type (lines, Ctrl-C, Ctrl-D), recording what is shown.
final class ScriptConsole: Console {
    var inputs: [ReadResult]
    var interactive = true
    var width: Int? = nil
    var shown: [String] = []
    var prompts: [String] = []
    init(_ inputs: [ReadResult]) { self.inputs = inputs }
    func read(prompt: String) -> ReadResult {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }
    func output(_ text: String) { shown.append(text) }
    func note(_ text: String) { shown.append(text) }
    func error(_ text: String) { shown.append("ERROR " + text) }
    var text: String { shown.joined(separator: "\n") }
}

/// Lines as typed.
func typed(_ lines: String...) -> [ReadResult] { lines.map { .line($0) } }

/// The guide's state machine, driven in-process through the shell.
@Suite struct GuideStateTests {
    /// A plan through step 2, so the guide starts at step 3.
    static let throughStep2 = [
        "title T", "objective O", "data-goal D", "segment add A", "segment s1 role consumer", "segment s1 why w",
        "segment s1 need n", "segment s1 value v", "segment s1 barriers b", "segment s1 stage permit",
    ]

    func shell(_ setup: [String], _ inputs: [ReadResult]) throws -> (Shell, ScriptConsole) {
        let w = Workbench(plan: try run(setup))
        let console = ScriptConsole(inputs)
        return (Shell(workbench: w, console: console), console)
    }

    /// `/back` shows the answer the question asked again would replace, in both languages; Enter
    /// keeps it, a new answer replaces it. A question asked for the first time shows none.
    @Test(arguments: [("en", "now: Cut response time (Enter keeps it)"), ("zh", "当前答案：Cut response time（直接回车保留）")])
    func backShowsTheAnswerItReplaces(code: String, now: String) throws {
        let (shell, console) = try shell(
            [],
            typed(
                "lang \(code)", "guide", "Repair", "Cut response time", "/back", "", "/back", "Faster repair", "/stop"))
        _ = shell.run()
        let shown = console.text.components(separatedBy: now)
        #expect(shown.count == 3, "shown at each /back to the objective, and only there: \(console.text)")
        #expect(!shown[0].contains(now.prefix(4)), "not when first asked")
        #expect(shell.workbench.plan.objective.statement == "Faster repair")
    }

    @Test func enterAppliesTheProposedRanking() throws {
        let setup =
            Self.throughStep2 + [
                "behaviour add engage access", "behaviour engage value 1", "behaviour engage effort 5",
                "behaviour engage why e", "behaviour access value 5", "behaviour access effort 1",
                "behaviour access why a",
            ]
        let (shell, console) = try shell(setup, typed("guide", "", "/stop"))
        _ = shell.run()
        #expect(
            console.text.contains(
                "Proposed ranking by value for effort: access (value 5, effort 1), engage (value 1, effort 5)"))
        #expect(shell.workbench.plan.behaviours.map(\.name) == [.access, .engage])
        #expect(console.text.contains("ranking: access, engage"))
    }

    @Test func typedNamesRankAndShowTheResult() throws {
        let setup = Self.throughStep2 + ["behaviour add engage access connect", "behaviour engage value 1"]
        let (shell, console) = try shell(
            setup, typed("guide step 3", "", "", "", "", "", "", "", "", "connect", "/stop"))
        _ = shell.run()
        #expect(shell.workbench.plan.behaviours.map(\.name) == [.connect, .engage, .access])
        #expect(console.text.contains("ranking: connect, engage, access"))
    }

    @Test func yesAndNoInEnglishAndChineseAndAnythingElseIsAskedAgain() throws {
        let setup =
            Self.throughStep2 + [
                "behaviour add access", "behaviour access value 5", "behaviour access effort 1",
                "behaviour access why a",
            ]
        let (shell, console) = try shell(
            setup,
            typed(
                // Enter skips the concept's area, form, channel, feedback, value and effort, and the second
                // concept's questions.
                "guide", "App", "access", "d", "cv", "ov", "", "", "", "", "", "", "maybe", "要", "Second",
                "", "", "", "", "", "", "", "", "", "", "不", "/stop"))
        _ = shell.run()
        #expect(shell.workbench.plan.concepts.map(\.title) == ["App", "Second"])
        #expect(console.text.contains(#"ERROR please answer with yes or no (y or n); please answer again"#))
        // After 不 the guide moves on to step 5, so the next answer would be a metric.
        #expect(console.text.contains("Which metric shows that the objective is reached?"))
    }

    @Test func aWrongAnswerSaysWhatTheQuestionExpects() throws {
        let (shell, console) = try shell(["impact add Time"], typed("guide step 5", "70 min", "70", "/stop"))
        _ = shell.run()
        #expect(console.text.contains("ERROR please answer with a number, such as 48; please answer again"))
        #expect(!console.text.contains("usage:"))
        #expect(shell.workbench.plan.impacts[0].baseline == 70)
    }

    @Test func aSkippedQuestionStaysSkippedUntilEverythingElseIsAsked() throws {
        let setup = Self.throughStep2 + ["behaviour add access connect"]
        // Skip the value of access, answer its effort, stop with Ctrl-C; the next walk goes on
        // with what was not skipped.
        let (shell, console) = try shell(setup, typed("guide", "", "2") + [.interrupted] + typed("guide", "/stop"))
        _ = shell.run()
        let questions = console.shown.filter { $0.contains("[3/5") }
        #expect(questions.count == 4)
        #expect(questions[0].contains("How much value does access"))
        #expect(questions[1].contains("How much effort does access"))
        #expect(questions[2].contains("Why access?"))
        #expect(questions[3].contains("Why access?"), "the skipped value is not asked again: \(questions[3])")
    }

    @Test func guideStepStartsAtThatStep() throws {
        let (shell, console) = try shell([], typed("guide step 4", "/stop"))
        _ = shell.run()
        #expect(console.shown.contains { $0.contains("[4/5 concept]") })
        #expect(!console.shown.contains { $0.contains("[1/5") })
    }

    @Test func ctrlDInAnAnswerLeavesTheGuideNotTheProgram() throws {
        let (shell, console) = try shell([], [.line("guide"), .endOfInput, .line("title After")])
        _ = shell.run()
        #expect(console.text.contains("guide stopped"))
        #expect(shell.workbench.plan.title == "After")
    }

    @Test func thePromptShowsTheFirstStepWithRequiredAnswersMissing() throws {
        // Every step's required answers given, optional ones (a segment's barriers, a unit) skipped.
        let p = try run([
            "objective O", "segment add A", "behaviour add access", "concept add App", "concept c1 uses access",
            "impact add Time", "impact i1 baseline 2", "impact i1 target 1",
        ])
        #expect(Progress.currentStep(of: p) == nil)
        #expect(Progress(plan: p).report(width: nil, texts: en).contains("missing"))
    }
}
