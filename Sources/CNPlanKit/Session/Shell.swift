import CNPlanCore

/// How reading a line ended.
public enum ReadResult: Sendable, Equatable {
    case line(String)
    case endOfInput
    /// Ctrl-C: drop the line, keep going.
    case interrupted
}

/// Where the shell reads lines and writes what it has to say: a terminal or pipes.
public protocol Console: AnyObject {
    /// True for a person at a terminal: prompts, notes and colour.
    var interactive: Bool { get }
    /// Columns for laid-out output; nil for no wrapping.
    var width: Int? { get }
    func read(prompt: String) -> ReadResult
    /// Reads the answer to a guide question; a terminal keeps these lines apart from commands.
    func readAnswer(prompt: String) -> ReadResult
    func output(_ text: String)
    /// A confirmation for a person; script mode drops it.
    func note(_ text: String)
    func error(_ text: String)
    /// The command the line just read runs, parsed once for the shell and the console.
    func running(_ command: Command)
}

extension Console {
    public func readAnswer(prompt: String) -> ReadResult { read(prompt: prompt) }
    public func running(_ command: Command) {}
}

/// The read-run-print loop shared by the terminal and script mode.
public final class Shell {
    public let workbench: Workbench
    public let console: any Console
    /// Script mode: stop at the first failing command.
    public var bail = false
    /// Lines read so far, for error messages in script mode.
    public private(set) var lineNumber = 0
    public private(set) var failures = 0
    /// The guide's state for this session: what was skipped stays skipped across `guide` commands.
    private var guideState = Guide()
    private var guideFinished = false

    public init(workbench: Workbench, console: any Console) {
        self.workbench = workbench
        self.console = console
        workbench.width = console.width
    }

    private var t: Texts { workbench.texts }

    /// The prompt: the plan's title, shortened, and the step it is on: `clinic [3/5 behaviours]> `;
    /// past the last required answer, what `status` says of the steps: `[required done]` while an
    /// optional answer is open, `[done]` when none is.
    public var prompt: String {
        var title = workbench.plan.title ?? "cnplan"
        if TextWidth.of(title) > 20 {
            var short = ""
            for c in title where TextWidth.of(short) + TextWidth.of(c) <= 19 { short.append(c) }
            title = short + t("prompt.ellipsis")
        }
        let step =
            Progress.currentStep(of: workbench.plan).map { " [\($0)/5 " + t("step.\($0)") + "]" } ?? " ["
            + t(Progress.isComplete(workbench.plan) ? "prompt.done" : "prompt.requiredDone") + "]"
        return Board.safe(title) + step + (workbench.readOnly ? " " + t("prompt.readOnly") : "") + "> "
    }

    /// Runs until `quit` or the end of input; returns the exit status.
    public func run() -> Int32 {
        while true {
            waiting()
            // Script mode shows no prompt, so it is not worked out there.
            switch console.read(prompt: console.interactive ? prompt : "") {
            case .endOfInput:
                return finish()
            case .interrupted:
                continue
            case .line(let line):
                lineNumber += 1
                if execute(line) { return finish() }
                if bail, failures > 0 { return finish() }
            }
        }
    }

    /// Before input is awaited: the session file brought up to date, and any note about the files.
    private func waiting() { say(workbench.idle(eager: console.interactive)) }

    private func say(_ notices: [String]) {
        for notice in notices {
            if console.interactive { console.note(notice) } else { console.error("cnplan: " + notice) }
        }
    }

    private func finish() -> Int32 {
        workbench.finish()
        // A journal that could not be folded in is said, never passed off as saved.
        say(workbench.takeNotices())
        return failures > 0 && !console.interactive ? 1 : 0
    }

    /// Runs one line; true when it asks to quit.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        do {
            guard let command = try Parser.parse(line) else { return false }
            console.running(command)
            if case .guide(let step) = command { return guide(from: step) }
            if case .merge(let path, let parts, let theirs, false) = command {
                try mergeAsking(path, parts: parts, theirs: theirs)
                return false
            }
            let reply = try workbench.run(command, line: line.trimmingSpaces)
            if !reply.output.isEmpty { console.output(reply.output) }
            if !reply.note.isEmpty { console.note(reply.note) }
            if case .edit(.vote(.close(apply: false))) = command, console.interactive { offerVoteOrder() }
            return reply.quit
        } catch {
            report(error)
            return false
        }
    }

    /// Walks through the questions the plan has not answered; true when the user asked to quit.
    /// Ctrl-D in an answer leaves the guide, not the program.
    public func guide(from step: Int? = nil) -> Bool {
        guideState.start(step: step, finishedBefore: guideFinished)
        guideFinished = false
        console.output(t("guide.intro"))
        while let question = guideState.next(workbench.plan) {
            let p = question.prompt(in: workbench.plan, texts: t)
            var text = "\n[\(question.step)/5 " + t("step.\(question.step)") + "] " + p.question
            for line in p.hint.split(separator: "\n") { text += "\n    " + line }
            if let example = p.example { text += "\n    " + t("guide.example", ["example": Board.safe(example)]) }
            // A question asked again (`/back`) shows the answer it would replace.
            if let now = question.current(in: workbench.plan, texts: t) {
                text += "\n    " + t("guide.current", ["value": now])
            }
            console.output(text)
            // A step begins: its timebox is offered, and started only if the room asks for it.
            if let seconds = workbench.timekeeper.suggestion(for: question.step) {
                let args = ["duration": t.duration(seconds), "typed": Timebox.typed(seconds)]
                console.note("    " + t("timer.suggest", args))
            }
            waiting()
            switch console.readAnswer(prompt: t("guide.answerPrompt")) {
            case .endOfInput, .interrupted:
                console.note(t("guide.stopped"))
                return false
            case .line(let raw):
                lineNumber += 1
                let answer = raw.trimmingSpaces
                switch answer.lowercased() {
                case "/stop":
                    console.note(t("guide.stopped"))
                    return false
                case "/back":
                    if !guideState.back() { console.note(t("guide.firstQuestion")) }
                case "/skip":
                    guideState.answered(question, answer: "", skipped: true, plan: workbench.plan)
                case "" where question != .ranking:
                    guideState.answered(question, answer: "", skipped: true, plan: workbench.plan)
                case _ where answer.hasPrefix("/"):
                    if execute(answer) { return true }
                default:
                    if answerGuide(question, answer) {
                        guideState.answered(question, answer: answer, skipped: false, plan: workbench.plan)
                    }
                }
            }
        }
        guideFinished = true
        console.output("\n" + t("guide.done"))
        return false
    }

    /// Records one answer; a bad one is explained by what the question expects and asked again
    /// (not a failure: the guide handled it).
    private func answerGuide(_ question: GuideQuestion, _ answer: String) -> Bool {
        do {
            if let edit = try guideState.edit(for: question, answer: answer, plan: workbench.plan) {
                let reply = try workbench.change(edit, line: edit.commandLine)
                if !reply.output.isEmpty { console.output(reply.output) }
                if question == .ranking {
                    console.note(
                        t(
                            "guide.ranking.result",
                            ["list": t.list(workbench.plan.behaviours.map { t.behaviour($0.name) })]))
                }
            }
            return true
        } catch {
            let message = expectation(question, error) ?? t.message(for: error)
            console.error(
                (console.interactive ? "" : t("error.line", ["n": String(lineNumber)]))
                    + Board.safe(t("guide.answerAgain", ["message": message])))
            return false
        }
    }

    /// What a question expects, for an answer that is not of its kind (a word where a number
    /// belongs); nil for an answer of the right kind that the plan refuses.
    private func expectation(_ question: GuideQuestion, _ error: PlanError) -> String? {
        // Errors that quote the answer and say what fits (an unknown role, a score of 9) stand as
        // they are; those that would print command syntax become what the question expects.
        switch error {
        case .missingArgument, .unexpectedArgument, .unknownWord: break
        default: return nil
        }
        let what: String
        switch question.field?.type {
        case .score?: what = t("guide.expect.score")
        case .number?: what = t("guide.expect.number", ["example": question.field.map { t($0.text("example")) } ?? "1"])
        case .target?: what = t("guide.expect.target")
        case .date?: what = t("guide.expect.date")
        case .choice(let c)?, .choices(let c)?:
            what = t("guide.expect.choice", ["list": t.list(c.values.map { t.typedChoice(c, $0) })])
        case .reference(let kind)?: what = t("guide.expect.choice", ["list": t.list(workbench.plan.ids(of: kind))])
        case .behaviours?: what = t("guide.expect.behaviours")
        case .text?, .name?, .names?: what = t("guide.expect.text")
        case nil:
            if case .another = question {
                what = t("guide.expect.yesOrNo")
            } else {
                what = t("guide.expect.behaviours")
            }
        }
        return t("guide.expect", ["what": what])
    }

    /// Every error reaches the user here, as one line.
    public func report(_ error: PlanError) {
        failures += 1
        // Messages quote what was typed; escape sequences in it must not reach the terminal.
        let message = Board.safe(t.message(for: error))
        console.error(
            console.interactive ? t("error.prefix") + message : t("error.line", ["n": String(lineNumber)]) + message)
    }
}
