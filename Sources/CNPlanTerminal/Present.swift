import CLineEdit
import CNPlanCore
import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// `cnplan present FILE`: the projector view, in a second terminal, of the session the facilitator
/// types in. It reads the file and its journal again whenever their size or time changes (read
/// only, never taking the lock: that is the writing session's), and the timebox the session shares
/// in `FILE.timer`; it redraws at once, fits the window and its resizes, and ends with q or Ctrl-C.
final class Present {
    let path: String
    /// The language asked for with `--lang`; without it the plan's own, else the environment's.
    let asked: Language?
    let environment: Texts
    private var plan = Plan()
    private var loaded = false
    private var step: Int? = 1
    private var latest: [String] = []
    private var problem: String?
    private var timer: Timebox?
    /// The files as last read: a change to any of them is a reason to read again.
    private var stamps: [Stamp?] = []

    /// What says that a file changed: a write, an append or a replacement.
    struct Stamp: Equatable {
        var inode: UInt
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    init(path: String, asked: Language?, environment: Texts) {
        self.path = path
        self.asked = asked
        self.environment = environment
    }

    private var texts: Texts { Texts(asked ?? plan.recordedLanguage ?? environment.language) }

    /// Follows the session until q or Ctrl-C; on a pipe, prints the view once.
    static func run(_ args: [String], flag: String?, _ t: Texts) -> Int32 {
        guard args.count == 1, let path = args.first, !path.hasPrefix("-") else {
            return Program.usageError("cli.presentTakesOneFile", [:], t)
        }
        let view = Present(path: path, asked: flag.flatMap(Language.named), environment: t)
        view.reload()
        guard isatty(1) == 1 else {
            // A view printed once has nothing to wait for: a file it cannot read is an error.
            do { _ = try SessionFile.load(path) } catch {
                Program.fail(error, t)
                return 2
            }
            let columns = FileSystem.environment("COLUMNS").flatMap { Int($0) } ?? 80
            let rows = FileSystem.environment("LINES").flatMap { Int($0) } ?? 24
            let lines = view.wall.lines(width: columns, height: rows).map(\.text)
            Terminal.write(lines.joined(separator: "\n") + "\n", to: 1)
            return 0
        }
        return view.follow()
    }

    private var wall: Wall {
        Wall(
            plan: plan, step: step, timer: timer, now: Clock.now(), latest: latest, problem: problem, file: path,
            texts: texts)
    }

    /// Reads the plan and the timebox again when their files changed since the last read.
    private func reload() {
        let files = [path, path + ".journal", path + Timebox.fileSuffix]
        // A file replaced while it was being read is read again, so the view never shows a plan
        // made of one version of the file and another's journal.
        for _ in 0..<5 {
            let before = files.map(Present.stamp)
            guard before != stamps else { return }
            readFiles()
            stamps = before
            if files.map(Present.stamp) == before { return }
        }
    }

    private func readFiles() {
        let t = texts
        timer = (try? FileSystem.read(path + Timebox.fileSuffix, limit: 4096)).flatMap(Timebox.init(fileBytes:))
        guard FileSystem.exists(path) else {
            problem = t("wall.waiting", ["file": Board.safe(path)])
            return
        }
        do {
            let next = try SessionFile.load(path)
            problem = nil
            if loaded {
                let changes = PlanChange.between(plan, next)
                if !changes.isEmpty {
                    let now = Texts(asked ?? next.recordedLanguage ?? environment.language)
                    latest = changes.map { $0.text(old: plan, new: next, texts: now) }
                    // The wall moves to the step the room is changing; a new title moves it nowhere.
                    step = changes.compactMap(\.step).last ?? step
                }
            } else {
                step = Progress.currentStep(of: next)
                loaded = true
            }
            plan = next
        } catch {
            problem = Board.safe(t.message(for: error))
        }
    }

    static func stamp(_ path: String) -> Stamp? {
        var s = stat()
        guard stat(path, &s) == 0 else { return nil }
        return Stamp(
            inode: UInt(s.st_ino), size: Int(s.st_size), seconds: s.st_mtim.tv_sec, nanoseconds: s.st_mtim.tv_nsec)
    }

    /// The loop at the terminal: the alternate screen, keys read one by one without echo.
    private func follow() -> Int32 {
        var saved = termios()
        let keyboard = isatty(0) == 1 && tcgetattr(0, &saved) == 0
        if keyboard {
            var raw = saved
            // Ctrl-C arrives as a key, so leaving always puts the terminal back as it was.
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
            raw.c_iflag &= ~tcflag_t(IXON)
            tcsetattr(0, TCSANOW, &raw)
        }
        Terminal.write("\u{1B}[?1049h\u{1B}[?25l", to: 1)
        defer {
            Terminal.write("\u{1B}[?25h\u{1B}[?1049l", to: 1)
            if keyboard { tcsetattr(0, TCSANOW, &saved) }
        }
        let colour = FileSystem.environment("NO_COLOR") == nil && FileSystem.environment("TERM") != "dumb"
        var shown = ""
        var keys = keyboard
        while true {
            reload()
            let frame = self.frame(colour: colour)
            if frame != shown {
                Terminal.write(frame, to: 1)
                shown = frame
            }
            var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            // A tenth of a second between looks: a change is on the wall well within a second.
            guard (keys ? poll(&p, 1, 100) : poll(nil, 0, 100)) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = Glibc.read(0, &buffer, buffer.count)
            if n <= 0 {
                keys = false
                continue
            }
            // q, Q, Ctrl-C, Ctrl-D.
            if buffer[..<n].contains(where: { [0x71, 0x51, 0x03, 0x04].contains($0) }) { return 0 }
        }
    }

    /// The whole screen, drawn over the last one from the top left.
    private func frame(colour: Bool) -> String {
        let columns = Int(cn_terminal_columns(1))
        let rows = Int(cn_terminal_rows(1))
        let lines = wall.lines(width: columns > 0 ? columns : 80, height: rows > 0 ? rows : 24)
        let codes: [Wall.Line.Style: String] = [
            .title: "1", .heading: "1;36", .dim: "2", .timer: "1;33", .ending: "1;31", .alert: "1;31",
        ]
        let painted = lines.map { line -> String in
            guard colour, let code = codes[line.style], !line.text.isEmpty else { return line.text + "\u{1B}[K" }
            return "\u{1B}[" + code + "m" + line.text + "\u{1B}[0m\u{1B}[K"
        }
        return "\u{1B}[H" + painted.joined(separator: "\r\n") + "\u{1B}[J"
    }
}
