import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// posix_spawn and waitpid: Foundation's Process does not always reap a tmux client whose server
/// daemonised, and then waits forever.
enum Spawn {
    struct Failed: Error { var status: Int32 }

    /// Runs a program; returns its standard output when `capture` (otherwise it goes to /dev/null,
    /// so a daemon it starts holds no pipe of ours).
    static func run(_ argv: [String], capture: Bool) throws -> String {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failed(status: -1) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for a in cargs { free(a) } }
        // Children get an empty signal mask: test-runner threads block signals, and tmux would pass
        // that mask on to cnplan.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, &cargs, environ)
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            throw Failed(status: rc)
        }
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }
}

/// A real terminal: tmux on a private server, driven with send-keys and read with capture-pane.
///
/// Keys go to the program only once its screen says it waits for them: a prompt as the last row.
/// Between two reads the terminal is not the line editor's: a key sent then is echoed by the
/// terminal itself (the line shows twice), and Ctrl-C makes the terminal drop every key typed before
/// it. On a loaded machine that moment lasts long enough to be hit; waiting a fixed time would only
/// make it rarer. So a session starts once its first prompt shows, `enter` waits for the next prompt,
/// and a key that must land in a line (Ctrl-C) is sent once the line is drawn.
final class TmuxSession {
    let socket = "cnplan-test-\(UUID().uuidString.prefix(8))"
    let home: URL

    /// Starts cnplan under `env -i` (no locale at all) with a private HOME, and waits for `ready`
    /// and, unless `prompt` is false (`present` has none), for its first prompt.
    init(
        arguments: [String] = [], home: URL? = nil, environment: [String] = [], width: Int = 100,
        ready: String = "Type guide", prompt: Bool = true, binary: String = CLI.binary
    ) throws {
        self.home = try home ?? CLI.temporaryDirectory()
        let command =
            (["env", "-i", "HOME=\(self.home.path)", "TERM=xterm-256color", "PATH=/usr/bin:/bin"] + environment + [
                binary
            ] + arguments)
            .map { "'" + $0 + "'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "40", "-c", self.home.path, command + "; sleep 30"])
        try waitFor(ready)
        if prompt { try waitForPrompt() }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        try Spawn.run(["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args, capture: args.first != "new-session")
    }

    /// Keys as tmux names them: "Tab", "C-c", "Up", "Enter", or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        for k in keys { try tmux(["send-keys", "-t", "0"] + (literal ? ["-l"] : []) + [k]) }
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// Waits until the screen contains `text`; records an issue with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try poll(
            timeout, { $0 }, until: { $0.contains(text) },
            failure: { "screen never showed \(text.debugDescription):\n\($0)" })
    }

    /// Polls what `read` takes from the screen until `done` holds; records an issue with the last
    /// reading if it never does within `timeout` seconds, and returns that reading.
    @discardableResult
    private func poll(
        _ timeout: Double, _ read: (String) -> String, until done: (String) -> Bool, failure: (String) -> String
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = read(try screen())
            if done(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record(Comment(rawValue: failure(last)))
        return last
    }

    /// The last row on the screen, where the cursor is.
    private static func lastRow(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Waits until the last line on the screen (where the cursor is) ends with `text`.
    func waitForLastLine(endingWith text: String, timeout: Double = 10) throws {
        try poll(
            timeout, Self.lastRow, until: { $0.hasSuffix(text) },
            failure: { "the last line never ended with \(text.debugDescription): \($0.debugDescription)" })
    }

    /// True when the last row on the screen is a prompt: the line editor has the terminal and waits.
    static func isPrompt(_ row: String) -> Bool {
        row.hasSuffix(">") || row.hasSuffix("[Y/n]") || row.hasSuffix("[y/N]")
    }

    /// Waits until the last row on the screen is a prompt (`]>`, `answer>`, `[y/N]`…) with nothing
    /// typed after it.
    func waitForPrompt(timeout: Double = 10) throws {
        try poll(
            timeout, Self.lastRow, until: Self.isPrompt,
            failure: { "no prompt waits for a key: \($0.debugDescription)" })
    }

    /// Types `line` at the prompt (nothing: Enter alone), presses Enter and waits for the next
    /// prompt: a row more than before that holds `next`, and the last row a prompt.
    func enter(_ line: String, until next: String = "]>", timeout: Double = 10) throws {
        let before = try transcript().filter { $0.contains(next) }.count
        if !line.isEmpty { try type(line) }
        try send("Enter")
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try transcript().filter({ $0.contains(next) }).count > before {
                return try waitForPrompt(timeout: max(0, deadline.timeIntervalSinceNow))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("no \(next.debugDescription) after \(line.debugDescription):\n\(try screen())")
    }

    /// Everything the window showed, scrolled-off lines included, one screen row a line.
    func transcript() throws -> [String] {
        try tmux(["capture-pane", "-p", "-S", "-", "-t", "0"])
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The rows a command printed: after the row where it was typed, up to the row holding `next`
    /// (the next prompt), once that row is on the screen. A row that repeats the typed line alone is
    /// the terminal's echo of typeahead (see theReadmeTasteIsWhatTheTerminalShows), not output.
    func rows(after typed: String, until next: String = "]>", timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let all = try transcript()
            if let start = all.lastIndex(where: { $0.hasSuffix("> " + typed) }) {
                let rest = all[(start + 1)...]
                if rest.contains(where: { $0.contains(next) }) {
                    return rest.prefix { !$0.contains(next) }.filter { $0 != typed }
                }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("no reply to \(typed.debugDescription) ending at \(next.debugDescription)")
        return []
    }

    /// The last line that holds a prompt.
    func promptLine() throws -> String {
        try screen().split(separator: "\n").last { $0.contains("]> ") }.map(String.init) ?? ""
    }
}

@Suite(.serialized) struct TerminalTests {
    @Test func tabCompletesCommandsBehavioursAndIds() throws {
        let t = try TmuxSession()
        try t.type("beh")
        try t.send("Tab")
        try t.waitFor("> behaviour")
        try t.type("add acc")
        try t.send("Tab")
        try t.waitFor("> behaviour add access")
        try t.send("Enter")
        try t.waitFor("chosen: access")
        // Typing before the next prompt takes the terminal would be echoed twice by the tty.
        try t.waitForPrompt()
        try t.enter("segment add Owners")
        try t.waitFor("s1 added: Owners")
        try t.type("segment s")
        try t.send("Tab")
        try t.waitFor("> segment s1")
        try t.type("ro")
        try t.send("Tab")
        try t.type("par")
        try t.send("Tab")
        try t.waitFor("> segment s1 role partner")
        try t.send("Enter")
        try t.waitForPrompt()
        try t.enter("show s1")
        try t.waitFor("[partner]")
    }

    @Test func severalCandidatesAreListed() throws {
        let t = try TmuxSession()
        try t.type("c")
        try t.send("Tab")
        try t.waitFor("concept")
        let screen = try t.waitFor("check")
        #expect(screen.contains("concept") && screen.contains("check"))
    }

    @Test func chineseTitleTypedWithNoLocaleIsSavedExactly() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        try t.type("title 维修服务：快速响应 😀")
        try t.send("Enter")
        try t.waitFor("维修服务：快速响应 … [1/5 objective]>")
        try t.send("C-d")
        let file = t.home.appendingPathComponent("plan.json")
        try t.waitFor("saved in plan.json")
        #expect(try CLI.read(file).contains(#""title": "维修服务：快速响应 😀""#))
    }

    @Test func backspaceDeletesOneWideCharacter() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        try t.type("title 维修服务")
        try t.send("BSpace")
        try t.send("Enter")
        try t.waitFor("维修服 [1/5")
    }

    @Test func ctrlCDropsTheLineAndKeepsTheREPL() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        try t.type("title dropped")
        try t.waitForLastLine(endingWith: "> title dropped")
        try t.send("C-c")
        try t.waitFor("^C")
        try t.waitForPrompt()
        try t.enter("title kept")
        try t.waitFor("kept [1/5 objective]>")
        try t.send("C-d")
        try t.waitFor("saved in plan.json")
        let saved = try CLI.read(t.home.appendingPathComponent("plan.json"))
        #expect(saved.contains(#""title": "kept""#))
        #expect(!saved.contains("dropped"))
    }

    @Test func ctrlDLeavesWithEverythingSavedAndUpRecallsTheLastLine() throws {
        let home = try CLI.temporaryDirectory()
        do {
            let t = try TmuxSession(arguments: ["plan.json"], home: home)
            try t.enter("objective Faster repairs")
            try t.waitFor("ok")
            try t.send("C-d")
            try t.waitFor("saved in plan.json")
        }
        #expect(try CLI.read(home.appendingPathComponent("plan.json")).contains("Faster repairs"))
        let again = try TmuxSession(arguments: ["plan.json"], home: home)
        try again.send("Up")
        try again.waitFor("> objective Faster repairs")
    }

    @Test func anUnsavedPlanIsOfferedBack() throws {
        let home = try CLI.temporaryDirectory()
        do {
            let t = try TmuxSession(home: home)
            try t.type("title Unsaved workshop")
            try t.send("Enter")
            try t.waitFor("Unsaved workshop [1/5 objective]>")
            try t.send("C-d")
            try t.waitFor("recovery copy")
        }
        let again = try TmuxSession(home: home, ready: "Restore it? [Y/n]")
        try again.send("Enter")
        try again.waitFor("Unsaved workshop [1/5 objective]>")
    }

    @Test func anUnsavedPlanSurvivesKillNine() throws {
        let home = try CLI.temporaryDirectory()
        do {
            let t = try TmuxSession(home: home)
            try t.type("title Killed workshop")
            try t.send("Enter")
            try t.waitFor("Killed workshop [1/5 objective]>")
            let shell = try t.tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(
                in: .whitespacesAndNewlines)
            let child = try Spawn.run(["/usr/bin/pgrep", "-P", shell, "cnplan"], capture: true).trimmingCharacters(
                in: .whitespacesAndNewlines)
            #expect(!child.isEmpty)
            kill(pid_t(child) ?? 0, SIGKILL)
        }
        let again = try TmuxSession(home: home, ready: "Restore it? [Y/n]")
        #expect(try again.screen().contains("\"Killed workshop\""))
        try again.type("y")
        try again.send("Enter")
        try again.waitFor("Killed workshop [1/5 objective]>")
    }

    @Test func aDeclinedRecoveryIsDiscardedOnlyWhenConfirmed() throws {
        let home = try CLI.temporaryDirectory()
        do {
            let t = try TmuxSession(home: home)
            try t.type("title To discard")
            try t.send("Enter")
            try t.waitFor("To discard [1/5 objective]>")
            try t.send("C-d")
            try t.waitFor("recovery copy")
        }
        do {
            let t = try TmuxSession(home: home, ready: "Restore it? [Y/n]")
            try t.type("n")
            try t.send("Enter")
            try t.waitFor("Discard it for good? [y/N]")
            try t.send("Enter")
            try t.waitFor("kept for next time")
        }
        do {
            let t = try TmuxSession(home: home, ready: "Restore it? [Y/n]")
            try t.enter("n", until: "[y/N]")
            try t.enter("y", until: "]>")
            try t.waitFor("discarded")
        }
        _ = try TmuxSession(home: home)
    }

    /// Each key waits for the screen: the answer prompt before the answer is typed, the answer
    /// drawn before Ctrl-C (sent any sooner, the terminal drops the keys before it), the prompt
    /// before `status`.
    @Test func ctrlCStopsTheGuideNotTheProgram() throws {
        let t = try TmuxSession()
        try t.enter("guide", until: "answer>")
        try t.waitFor("What is this plan called?")
        try t.type("half an ans")
        try t.waitForLastLine(endingWith: "answer> half an ans")
        try t.send("C-c")
        try t.waitFor("guide stopped")
        try t.waitForPrompt()
        try t.enter("status")
        try t.waitFor("next: objective TEXT")
    }

    /// Ctrl-C sent right after a burst of keys lands while the line editor still draws them, not
    /// while it waits for a key: it stops the guide all the same, every time. It used to set a flag
    /// that nothing read until the next key (the terminal had dropped the rest): on a loaded
    /// machine, where drawing takes longer, ctrlCStopsTheGuideNotTheProgram lost it so.
    @Test func ctrlCWhileTheLineIsStillDrawnIsNeverLost() throws {
        let t = try TmuxSession()
        for round in 1...5 {
            try t.enter("guide", until: "answer>")
            // 2,100 keys take the editor a while to draw; Ctrl-C comes meanwhile (the terminal drops
            // the keys not read yet).
            try t.type(String(repeating: "an answer typed fast ", count: 100))
            try t.send("C-c")
            try RoomTerminalTests.wait("Ctrl-C \(round) stopped the guide", timeout: 5) {
                try t.transcript().filter { $0.contains("guide stopped") }.count == round
            }
            try t.waitForPrompt()
        }
    }

    @Test func escapeSequencesTypedInACommandAreShownEscapedInTheError() throws {
        let t = try TmuxSession()
        try t.type("segment \u{1B}[2Jfoo")
        try t.send("Enter")
        try t.waitFor("unknown segment command or id")
        #expect(try t.screen().contains("Type guide"))
    }

    @Test func colourOnlyWithoutNoColor() throws {
        let t = try TmuxSession()
        #expect(try t.tmux(["capture-pane", "-e", "-p", "-t", "0"]).contains("\u{1B}["))
        let plain = try TmuxSession(environment: ["NO_COLOR=1"])
        #expect(!(try plain.tmux(["capture-pane", "-e", "-p", "-t", "0"]).contains("\u{1B}[")))
    }

    @Test func controlCharactersFromAFileAreShownEscaped() throws {
        let home = try CLI.temporaryDirectory()
        let plan = #"{"format": "cnplan.plan", "version": 1, "title": "evil\u001b]0;pwned\u0007\u001b[2J"}"#
        try plan.write(to: home.appendingPathComponent("evil.json"), atomically: true, encoding: .utf8)
        let t = try TmuxSession(arguments: ["evil.json"], home: home)
        try t.type("title")
        try t.send("Enter")
        let screen = try t.waitFor("evil\\e]0;pwned\\u{7}\\e[2J")
        #expect(screen.contains("Type guide"))
    }

    @Test func openTabOffersThePlanNotItsJournalLockOrTemporaryFile() throws {
        let home = try CLI.temporaryDirectory()
        let plan = #"{"format": "cnplan.plan", "version": 1, "title": "Client"}"#
        try plan.write(to: home.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
        for name in ["plan.json.journal", "plan.json.lock", ".plan.json.tmp-4242"] {
            _ = FileManager.default.createFile(atPath: home.appendingPathComponent(name).path, contents: nil)
        }
        let t = try TmuxSession(home: home)
        try t.type("open ")
        try t.send("Tab")
        try t.send("Enter")
        try t.waitFor("opened plan.json")
        #expect(!(try t.screen().contains(".journal")))
    }

    @Test func tabCompletesChineseBehaviourNames() throws {
        let t = try TmuxSession()
        try t.type("behaviour add 联")
        try t.send("Tab")
        try t.waitFor("> behaviour add 联结")
        try t.send("Enter")
        try t.waitFor("chosen: connect")
    }

    @Test func fileNamesListedByTabAreShownEscaped() throws {
        let home = try CLI.temporaryDirectory()
        for name in ["evil\u{1B}[2Jx.json", "evil2.json"] {
            let path = home.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8))
        }
        let t = try TmuxSession(home: home)
        try t.type("open ev")
        try t.send("Tab")
        try t.waitFor("> open evil")
        try t.send("Tab")
        let screen = try t.waitFor("evil2.json")
        #expect(screen.contains("evil\\e[2Jx.json"))
        // An escape sequence that reached the terminal would have cleared the welcome line.
        #expect(screen.contains("Type guide"))
    }

    @Test func lineHistoryIsKeptPerSessionFileInTheStateFolder() throws {
        let home = try CLI.temporaryDirectory()
        let state = ["XDG_STATE_HOME=\(home.path)/state"]
        do {
            let a = try TmuxSession(arguments: ["a.json"], home: home, environment: state)
            try a.enter("segment add Client A secret")
            try a.waitFor("s1 added")
            try a.send("C-d")
            try a.waitFor("saved in a.json")
        }
        for other in [["b.json"], []] {
            let b = try TmuxSession(arguments: other, home: home, environment: state)
            try b.type("title B")
            try b.send("Enter")
            try b.waitFor("B [1/5 objective]>")
            // Up twice stays on this session's only line; another session's line would show instead.
            try b.send("Up")
            try b.send("Up")
            try b.type("X")
            try b.waitForLastLine(endingWith: "> title BX")
        }
        let again = try TmuxSession(arguments: ["a.json"], home: home, environment: state)
        try again.send("Up")
        try again.waitFor("> segment add Client A secret")
        let folder = home.appendingPathComponent("state/cnplan/histories")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let texts = try files.map { try CLI.read(folder.appendingPathComponent($0)) }
        #expect(texts.filter { $0.contains("Client A secret") }.count == 1)
        #expect(!texts.contains { $0.contains("Client A secret") && $0.contains("title B") })
    }

    @Test func upOffersGuideAnswersOnlyInTheGuide() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        try t.enter("objective Typed at the prompt")
        try t.enter("guide", until: "answer>")
        try t.waitFor("What is this plan called?")
        // Keys typed before the answer prompt takes the terminal would be echoed by the tty.
        try t.enter("Answered title", until: "answer>")
        try t.waitFor("What customer data")
        // Up twice stays on the one answer: the commands before the guide are not offered.
        try t.send("Up")
        try t.send("Up")
        try t.type("X")
        try t.waitForLastLine(endingWith: "answer> Answered titleX")
        try t.send("C-c")
        try t.waitFor("guide stopped")
        try t.waitForPrompt()
        try t.send("Up")
        try t.type("X")
        try t.waitForLastLine(endingWith: "> guideX")
    }

    /// Words one space apart: what a text says, whatever its line breaks.
    static func words<S: Sequence>(_ lines: S) -> String where S.Element: StringProtocol {
        lines.flatMap { $0.split(whereSeparator: \.isWhitespace) }.joined(separator: " ")
    }

    static let longSegment =
        "segment add employees of the large regional office who travel to every customer site"
        + " in the province each and every week"

    /// Help, check, history, the welcome line and the guide's questions: broken only between words,
    /// so every word on the screen is whole and the text reads as the same words as from a pipe.
    @Test(arguments: [80, 120]) func everythingWrapsAtWordBoundariesToTheWidth(width: Int) throws {
        let t = try TmuxSession(width: width)
        let welcome = try t.transcript().prefix { !$0.contains("]>") }
        #expect(welcome.count > 1)
        let end = "Type guide to be walked through the five steps, help for commands; Tab completes."
        #expect(Self.words(welcome).hasSuffix(end))
        try t.enter(Self.longSegment)
        try t.waitFor("s1 added")
        for command in ["help", "check", "history", "help segment"] {
            try t.type(command)
            try t.send("Enter")
            let piped = try CLI.run([], input: Self.longSegment + "\n" + command + "\n").stdout
            let expected = Self.words(piped.split(separator: "\n").dropFirst())
            #expect(Self.words(try t.rows(after: command)) == expected, "\(command) at \(width) columns")
        }
        // History's continuation rows hang under the line's text, after its number.
        let history = try t.rows(after: "history")
        #expect(history.count == 2 && history[1].hasPrefix("   ") && !history[1].hasPrefix("    "))
        // The guide's first question here names the long segment.
        let step1 = ["title T", "objective O", "data-goal D"]
        for line in step1 { try t.enter(line) }
        try t.type("guide")
        try t.send("Enter")
        let input = ([Self.longSegment] + step1 + ["guide", "/stop"]).joined(separator: "\n")
        let question = try CLI.run([], input: input).stdout.split(separator: "\n").dropFirst()
        #expect(question.contains { $0.count > width })
        // The timebox the guide offers is a note, for the person at the terminal only.
        let asked = try t.rows(after: "guide", until: "answer>").filter { !$0.contains("timebox for this step") }
        #expect(Self.words(asked) == Self.words(question))
    }

    @Test func afterAResizeTheNextShowUsesTheNewWidth() throws {
        let t = try TmuxSession(width: 120)
        let sentence = "Cut the time to first response on every repair request. "
        try t.enter("objective " + String(repeating: sentence, count: 4))
        try t.waitFor("ok")
        try t.tmux(["resize-window", "-t", "0", "-x", "80", "-y", "40"])
        let deadline = Date().addingTimeInterval(10)
        while try t.tmux(["display-message", "-p", "-t", "0", "#{window_width}"]).hasPrefix("120"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try t.type("show step 1")
        try t.send("Enter")
        let objective = try t.rows(after: "show step 1")
            .drop { !$0.contains("objective:") }.prefix { !$0.contains("data goal:") }
        // Laid out for 80 columns: the text runs on under itself, after the labels.
        #expect(objective.count == 4)
        #expect(objective.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 13)) })
    }

    /// The README's taste is a real session: typed into a terminal of its width, the screen shows it
    /// line for line.
    @Test func theReadmeTasteIsWhatTheTerminalShows() throws {
        let readme = try CLI.read(CLI.root.appendingPathComponent("README.md"))
        let section = readme.components(separatedBy: "## A taste\n")[1].components(separatedBy: "\n## ")[0]
        let block = section.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("    $ ") }.prefix { $0.hasPrefix("    ") }.map { String($0.dropFirst(4)) }
        #expect(block.first == "$ .build/debug/cnplan repair.json")
        let session = Array(block.dropFirst())
        let t = try TmuxSession(arguments: ["repair.json"], width: 120)
        var typed: [String] = []
        for line in session {
            guard let prompt = line.range(of: "]> ") else { continue }
            typed.append(String(line[prompt.upperBound...]))
            try t.type(typed.last!)
            try t.send("Enter")
            _ = try t.rows(after: typed.last!)
        }
        // A line typed in the instant between the prompt and libedit taking the terminal (a loaded
        // machine) is echoed once more by the terminal, on a row of its own: not what is tested here.
        let screen = try t.transcript().filter { !typed.contains($0) }.prefix(session.count)
        #expect(Array(screen) == session)
    }

    /// A plan exported to the screen is data to copy: no line break is added inside its strings.
    @Test func exportToTheScreenIsNotWrapped() throws {
        let t = try TmuxSession(width: 80)
        let objective = String(repeating: "Cut the time to first response on every repair request. ", count: 3)
        try t.enter("objective " + objective)
        try t.waitFor("ok")
        try t.type("export json")
        try t.send("Enter")
        _ = try t.rows(after: "export json")
        // -J joins the rows the terminal itself wrapped; a line break written by cnplan stays.
        let joined = try t.tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "0"])
        #expect(joined.contains(#""statement": ""# + objective.trimmingCharacters(in: .whitespaces) + #"""#))
    }
}
