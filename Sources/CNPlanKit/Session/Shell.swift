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
    func output(_ text: String)
    /// A confirmation for a person; script mode drops it.
    func note(_ text: String)
    func error(_ text: String)
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

    public init(workbench: Workbench, console: any Console) {
        self.workbench = workbench
        self.console = console
        workbench.width = console.width
    }

    /// The prompt: the plan's title, shortened, and the step it is on: `clinic [3/5 behaviours]> `.
    public var prompt: String {
        var title = workbench.plan.title ?? "cnplan"
        if TextWidth.of(title) > 20 {
            var short = ""
            for c in title where TextWidth.of(short) + TextWidth.of(c) <= 19 { short.append(c) }
            title = short + "…"
        }
        let step = Progress.currentStep(of: workbench.plan).map { " [\($0)/5 \(Progress.stepNames[$0 - 1])]" } ?? " [done]"
        return Board.safe(title) + step + (workbench.readOnly ? " (read-only)" : "") + "> "
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
    private func waiting() {
        for notice in workbench.idle(eager: console.interactive) {
            if console.interactive { console.note(notice) } else { console.error("cnplan: " + notice) }
        }
    }

    private func finish() -> Int32 {
        workbench.finish()
        return failures > 0 && !console.interactive ? 1 : 0
    }

    /// Runs one line; true when it asks to quit.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        do {
            guard let command = try Parser.parse(line) else { return false }
            if command == .guide { return guide() }
            let reply = try workbench.run(command, line: line.trimmingSpaces)
            if !reply.output.isEmpty { console.output(reply.output) }
            if !reply.note.isEmpty { console.note(reply.note) }
            return reply.quit
        } catch {
            report(error)
            return false
        }
    }

    /// Walks through the questions the plan has not answered; true when the user asked to quit
    /// or the input ended.
    public func guide() -> Bool {
        var guide = Guide()
        console.output("The guide asks what the plan is still missing. Enter skips a question; /back, /skip, /stop; any command works with a leading /.")
        while let question = guide.next(workbench.plan) {
            let p = question.prompt(in: workbench.plan)
            var text = "\n" + question.stepLabel + " " + p.question
            for line in p.hint.split(separator: "\n") { text += "\n    " + line }
            if let example = p.example { text += "\n    e.g. " + example }
            console.output(text)
            waiting()
            switch console.read(prompt: "  answer> ") {
            case .endOfInput: return true
            case .interrupted:
                console.note("guide stopped; type guide to go on where it stopped")
                return false
            case .line(let raw):
                lineNumber += 1
                let answer = raw.trimmingSpaces
                switch answer.lowercased() {
                case "/stop":
                    console.note("guide stopped; type guide to go on where it stopped")
                    return false
                case "/back":
                    if !guide.back() { console.note("this is the first question of this walk") }
                case "", "/skip":
                    guide.answered(question, answer: "", skipped: true, plan: workbench.plan)
                case _ where answer.hasPrefix("/"):
                    if execute(answer) { return true }
                default:
                    if answerGuide(&guide, question, answer) { guide.answered(question, answer: answer, skipped: false, plan: workbench.plan) }
                }
            }
        }
        console.output("\nThe guide is done: every question is answered or skipped. status shows what is left; check looks for problems.")
        return false
    }

    /// Records one answer; a bad one is explained and the question asked again (not a failure:
    /// the guide handled it).
    private func answerGuide(_ guide: inout Guide, _ question: GuideQuestion, _ answer: String) -> Bool {
        do {
            if case .run(let line) = try guide.step(for: question, answer: answer, plan: workbench.plan),
               case .edit(let edit)? = try Parser.parse(line) {
                let reply = try workbench.change(edit, line: line)
                if !reply.output.isEmpty { console.output(reply.output) }
            }
            return true
        } catch {
            console.error((console.interactive ? "" : "line \(lineNumber): ") + Board.safe(error.message) + "; please answer again")
            return false
        }
    }

    /// Every error reaches the user here, as one line.
    public func report(_ error: PlanError) {
        failures += 1
        // Messages quote what was typed; escape sequences in it must not reach the terminal.
        let message = Board.safe(error.message)
        console.error(console.interactive ? "error: " + message : "line \(lineNumber): " + message)
    }
}
