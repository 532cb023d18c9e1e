import CLineEdit
import CNPlanCore
import CNPlanKit

/// The countdown the ticker works from while a read waits: the C callback cannot capture context.
nonisolated(unsafe) private var ticking: Countdown?

/// The timebox at the terminal: the countdown in the prompt, redrawn every second while the prompt
/// waits for typing; the bell and a notice at zero, even in the middle of a typed line; and
/// `FILE.timer` beside the session, from which `cnplan present` shows the same countdown.
final class Countdown {
    let colour: Bool
    private weak var workbench: Workbench?
    /// The prompt as the shell and the console made it, without the countdown.
    private var base = ""
    /// The prompt on the screen now.
    private var shown = ""
    /// The session file and the timebox last written beside it.
    private var shared: (file: String, timer: Timebox)?
    /// A label longer than this many columns is shortened in the prompt.
    static let labelWidth = 16

    init(colour: Bool) { self.colour = colour }

    /// Reads one line through `read`, given the prompt to show; while a timebox runs, the prompt
    /// counts down.
    func read(prompt: String, workbench: Workbench?, _ read: (String) -> ReadResult) -> ReadResult {
        guard let workbench else { return read(prompt) }
        self.workbench = workbench
        // A timebox that ran out while a command ran is announced before the prompt.
        if let done = workbench.timekeeper.takeFinished() {
            Terminal.write("\u{7}" + announcement(done, workbench) + "\n", to: 1)
        }
        share(workbench)
        base = prompt
        guard workbench.timekeeper.running != nil else { return read(prompt) }
        shown = compose(workbench)
        ticking = self
        cn_le_set_ticker({ ticking?.tick() ?? 0 }, 200)
        defer {
            cn_le_set_ticker(nil, 0)
            ticking = nil
        }
        return read(shown)
    }

    /// The session ends: the shared timebox goes with it.
    func end() { unshare() }

    /// Called by the line editor while it waits: 1 when the prompt changed.
    private func tick() -> Int32 {
        guard let workbench else { return 0 }
        if let done = workbench.timekeeper.takeFinished() {
            cn_le_announce(announcement(done, workbench))
        }
        let next = compose(workbench)
        guard next != shown else { return 0 }
        shown = next
        cn_le_set_prompt(next)
        return 1
    }

    /// `clinic [3/5 behaviours] ideas 6:59> `: the countdown just before the prompt's `> `.
    private func compose(_ workbench: Workbench) -> String {
        guard let timer = workbench.timekeeper.running, let left = workbench.timekeeper.remaining else { return base }
        let t = workbench.texts
        var label = ""
        for c in Board.safe(timer.label ?? "") {
            if TextWidth.of(label) + TextWidth.of(c) > Countdown.labelWidth - 1 {
                label += t("prompt.ellipsis")
                break
            }
            label.append(c)
        }
        let time = Timebox.clock(left)
        var text =
            label.isEmpty
            ? t("timer.prompt", ["time": time]) : t("timer.promptLabelled", ["label": label, "time": time])
        // The last minute in red, the rest in yellow; escapes wrapped in \u{1}, which take no columns.
        if colour { text = "\u{1}\u{1B}[" + (left <= 60 ? "1;31" : "33") + "m\u{1}" + text + "\u{1}\u{1B}[0m\u{1}" }
        guard base.hasSuffix("> ") else { return base + text + " " }
        return String(base.dropLast(2)) + " " + text + "> "
    }

    private func announcement(_ timer: Timebox, _ workbench: Workbench) -> String {
        let columns = Int(cn_terminal_columns(1))
        let text = TextWidth.fit(Timekeeper.finished(timer, workbench.texts), width: columns > 0 ? columns : 80)
        return colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    /// Writes `FILE.timer` when the timebox or the session changed, and removes it when the
    /// timebox is stopped. A read-only session leaves the file to the one that writes the plan.
    private func share(_ workbench: Workbench) {
        guard let file = workbench.file, !workbench.readOnly, let timer = workbench.timekeeper.timer else {
            unshare()
            return
        }
        if let shared, shared.file == file, shared.timer == timer { return }
        if let shared, shared.file != file { FileSystem.remove(shared.file + Timebox.fileSuffix) }
        try? FileSystem.writeAtomically(file + Timebox.fileSuffix, timer.fileText, durable: false)
        shared = (file, timer)
    }

    private func unshare() {
        if let shared { FileSystem.remove(shared.file + Timebox.fileSuffix) }
        shared = nil
    }
}
