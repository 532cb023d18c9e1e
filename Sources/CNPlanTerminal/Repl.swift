import CLineEdit
import CNPlanCore
import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// A person at a terminal: libedit for input, colour when allowed, output fitted to the width.
final class TerminalConsole: Console {
    let interactive = true
    let editor: LineEditor
    let colour: Bool
    weak var workbench: Workbench?
    /// The timebox in the prompt.
    let countdown: Countdown
    /// The line read runs a plan exported to the screen: data to copy, where a line break added
    /// inside a JSON string or a table row would break it, so it is written as it is.
    private var exportingToScreen = false

    init(editor: LineEditor) {
        self.editor = editor
        let term = FileSystem.environment("TERM") ?? ""
        colour = FileSystem.environment("NO_COLOR") == nil && term != "dumb"
        countdown = Countdown(colour: colour)
    }

    /// Asked of the terminal each time: the window may have been resized since the last line.
    var width: Int? {
        let cols = Int(cn_terminal_columns(1))
        return cols > 0 ? cols : 80
    }

    func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text }

    func read(prompt: String) -> ReadResult { read(prompt: prompt, kind: .command) }

    func readAnswer(prompt: String) -> ReadResult { read(prompt: prompt, kind: .answer) }

    private func read(prompt: String, kind: LineKind) -> ReadResult {
        if let workbench {
            editor.update(plan: workbench.plan)
            editor.use(session: workbench.file)
        }
        // Colour escapes are wrapped in \u{1} so libedit does not count them as columns.
        let shown = colour ? decorate(prompt) : prompt
        let result = countdown.read(prompt: shown, workbench: workbench) { editor.read(prompt: $0, kind: kind) }
        if result == .interrupted { Terminal.write("^C\n", to: 1) }
        exportingToScreen = false
        // The width of the window as it is now, after the wait at the prompt, lays out the reply.
        workbench?.width = width
        return result
    }

    func running(_ command: Command) {
        if case .export(_, path: nil) = command { exportingToScreen = true }
    }

    private func decorate(_ prompt: String) -> String {
        guard let open = prompt.firstIndex(of: "["), let close = prompt.lastIndex(of: "]") else { return prompt }
        let title = String(prompt[..<open])
        let step = String(prompt[open...close])
        let tail = String(prompt[prompt.index(after: close)...])
        return "\u{1}\u{1B}[1m\u{1}" + title + "\u{1}\u{1B}[0;36m\u{1}" + step + "\u{1}\u{1B}[0m\u{1}" + tail
    }

    /// Everything written goes through here, wrapped at word boundaries to the window: a terminal
    /// would break it mid-word.
    private func fit(_ text: String) -> String { TextWidth.fit(text, width: width ?? 80) }

    func output(_ text: String) { Terminal.write((exportingToScreen ? text : fit(text)) + "\n", to: 1) }
    func error(_ text: String) { Terminal.write(paint(fit(text), "31") + "\n", to: 2) }
    func note(_ text: String) { Terminal.write(paint(fit(text), "2") + "\n", to: 1) }
}

/// The interactive workbench: welcome, recovery of an unsaved plan, the loop, a safe goodbye.
final class Repl {
    let workbench: Workbench
    let state = StateDirectory.path

    init(workbench: Workbench) { self.workbench = workbench }

    func run() -> Int32 {
        let console = TerminalConsole(editor: LineEditor(stateDirectory: state))
        console.workbench = workbench
        workbench.confirm = { [unowned self, console] question in
            self.ask(console, question, defaultYes: question.hasSuffix("[Y/n] "))
        }
        if workbench.file == nil { offerRecovery(console) }
        welcome(console)
        let shell = Shell(workbench: workbench, console: console)
        let status = shell.run()
        console.countdown.end()
        goodbye(console)
        return status
    }

    private var t: Texts { workbench.texts }

    private func welcome(_ console: TerminalConsole) {
        var session: String
        if let file = workbench.file {
            session = t(FileSystem.exists(file) ? "welcome.session" : "welcome.newSession", ["file": file])
            if let reason = workbench.readOnlyReason { session += t("welcome.readOnly", ["reason": reason.text(t)]) }
        } else {
            session = t("welcome.noFile")
        }
        console.output(console.paint("cnplan", "1") + t("welcome.line", ["session": session]))
    }

    private func goodbye(_ console: TerminalConsole) {
        if workbench.file == nil, !workbench.plan.isEmpty, let path = workbench.recoveryPath {
            console.note(t("goodbye.recovery", ["path": path]))
        } else if let file = workbench.file, FileSystem.exists(file), !workbench.leftInJournal {
            console.note(t("goodbye.saved", ["file": file]))
        }
    }

    /// Offers back the newest unsaved plan from an earlier run, then starts this run's copy.
    private func offerRecovery(_ console: TerminalConsole) {
        let dir = state + "/recovery"
        if let reason = workbench.keepRecovery(in: dir) { console.note(reason) }
        guard let candidate = Recovery.newest(in: dir) else { return }
        let plan = candidate.plan
        let title = plan.title.map { t("recovery.title", ["title": Board.safe($0)]) } ?? t("recovery.untitled")
        console.output(
            t(
                "recovery.offer",
                [
                    "title": title, "segments": t.plural("recovery.segments", plan.segments.count),
                    "concepts": t.plural("recovery.concepts", plan.concepts.count),
                ]))
        if ask(console, t("recovery.restore"), defaultYes: true) {
            workbench.restore(candidate)
            console.note(t("recovery.restored"))
        } else if ask(console, t("recovery.discard"), defaultYes: false) {
            candidate.discard()
            console.note(t("recovery.discarded"))
        } else {
            console.note(t("recovery.kept"))
        }
    }

    private func ask(_ console: TerminalConsole, _ question: String, defaultYes: Bool) -> Bool {
        switch console.editor.read(prompt: question, kind: .unremembered) {
        case .line(let answer):
            if answer.trimmingSpaces.isEmpty { return defaultYes }
            return Answers.yesOrNo(answer) ?? false
        default: return false
        }
    }
}
