#if canImport(Glibc)
import Glibc
#endif
import CLineEdit
import CNPlanCore
import CNPlanKit

/// A person at a terminal: libedit for input, colour when allowed, output fitted to the width.
final class TerminalConsole: Console {
    let interactive = true
    let editor: LineEditor
    let colour: Bool
    weak var workbench: Workbench?

    init(editor: LineEditor) {
        self.editor = editor
        let term = FileSystem.environment("TERM") ?? ""
        colour = FileSystem.environment("NO_COLOR") == nil && term != "dumb"
    }

    var width: Int? {
        let cols = Int(cn_terminal_columns(1))
        return cols > 0 ? cols : 80
    }

    func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text }

    func read(prompt: String) -> ReadResult {
        if let workbench {
            editor.update(plan: workbench.plan, width: width ?? 80)
            workbench.width = width
        }
        // Colour escapes are wrapped in \u{1} so libedit does not count them as columns.
        let shown = colour ? decorate(prompt) : prompt
        let result = editor.read(prompt: shown)
        if result == .interrupted { Terminal.write("^C\n", to: 1) }
        return result
    }

    private func decorate(_ prompt: String) -> String {
        guard let open = prompt.firstIndex(of: "["), let close = prompt.lastIndex(of: "]") else { return prompt }
        let title = String(prompt[..<open]), step = String(prompt[open...close]), tail = String(prompt[prompt.index(after: close)...])
        return "\u{1}\u{1B}[1m\u{1}" + title + "\u{1}\u{1B}[0;36m\u{1}" + step + "\u{1}\u{1B}[0m\u{1}" + tail
    }

    func output(_ text: String) { Terminal.write(text + "\n", to: 1) }
    func error(_ text: String) { Terminal.write(paint(text, "31") + "\n", to: 2) }
    func note(_ text: String) { Terminal.write(paint(text, "2") + "\n", to: 1) }
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
        goodbye(console)
        return status
    }

    private func welcome(_ console: TerminalConsole) {
        let session: String
        if let file = workbench.file {
            session = (FileSystem.exists(file) ? "session \(file)" : "new session \(file) (created on the first change)")
                + (workbench.readOnlyReason.map { ", READ-ONLY: " + $0.text } ?? "")
        } else {
            session = "a new plan with no file (save FILE keeps it)"
        }
        console.output(console.paint("cnplan", "1") + ": \(session). Type guide to be walked through the five steps, help for commands; Tab completes.")
    }

    private func goodbye(_ console: TerminalConsole) {
        if workbench.file == nil, !workbench.plan.isEmpty, let path = workbench.recoveryPath {
            console.note("this plan has no file; its recovery copy is \(path) and cnplan offers it back next time")
        } else if let file = workbench.file, FileSystem.exists(file) {
            console.note("saved in \(file)")
        }
    }

    /// Offers back the newest unsaved plan from an earlier run, then starts this run's copy.
    private func offerRecovery(_ console: TerminalConsole) {
        let dir = state + "/recovery"
        if let reason = workbench.keepRecovery(in: dir) { console.note(reason) }
        guard let candidate = Recovery.newest(in: dir) else { return }
        let plan = candidate.plan
        let title = plan.title.map { "\"" + Board.safe($0) + "\"" } ?? "an untitled plan"
        console.output("An unsaved plan from an earlier session was kept: \(title), \(plan.segments.count) segments, \(plan.concepts.count) concepts.")
        if ask(console, "Restore it? [Y/n] ", defaultYes: true) {
            workbench.restore(candidate)
            console.note("restored; save FILE gives it a file")
        } else if ask(console, "Discard it for good? [y/N] ", defaultYes: false) {
            candidate.discard()
            console.note("discarded")
        } else {
            console.note("kept for next time")
        }
    }

    private func ask(_ console: TerminalConsole, _ question: String, defaultYes: Bool) -> Bool {
        switch console.editor.read(prompt: question) {
        case .line(let answer):
            let a = answer.trimmingSpaces.lowercased()
            if a.isEmpty { return defaultYes }
            return a.hasPrefix("y") || a == "是"
        default: return false
        }
    }
}
