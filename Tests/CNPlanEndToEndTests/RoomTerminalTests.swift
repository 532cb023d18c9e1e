import CNPlanCore
import Foundation
import Testing

/// What a room sees at the terminal: the timebox counting down in the prompt while a line is typed.
@Suite(.serialized) struct RoomTerminalTests {
    /// Waits until `condition` holds; records an issue with `what` if it never does.
    static func wait(_ what: String, timeout: Double = 10, _ condition: () throws -> Bool) rethrows {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("never: \(what)")
    }

    @Test func aTimerRunsOutWhileALineIsHalfTypedAndTheLineSurvives() throws {
        let t = try TmuxSession(arguments: ["plan.json"])
        let bells = t.home.appendingPathComponent("bells")
        try t.tmux(["set-hook", "-g", "alert-bell", "run-shell 'echo bell >> \(bells.path)'"])
        try t.type("timer 2s ideas")
        try t.send("Enter")
        try t.waitFor("ideas 0:0")
        try t.type("objective half typ")
        try t.waitFor("time is up for ideas (2 s)")
        // The line is drawn again under the notice, as typed, with the countdown gone from the prompt.
        try t.waitForLastLine(endingWith: "cnplan [1/5 objective]> objective half typ")
        try t.type("ed")
        try t.send("Enter")
        try t.waitFor("ok")
        #expect(try CLI.read(t.home.appendingPathComponent("plan.json")).contains(#""statement": "half typed""#))
        try Self.wait("the bell rang") { FileManager.default.fileExists(atPath: bells.path) }
        #expect(try CLI.read(bells) == "bell\n", "the bell rings once")
        let screen = try t.screen()
        #expect(screen.components(separatedBy: "time is up").count == 2, "the notice is said once")
        #expect(!screen.contains("0:00"), "the prompt never shows a countdown at zero")
    }

    @Test func theCountdownMovesWhileThePromptWaitsAndLeavesTheTypedLineAlone() throws {
        let t = try TmuxSession(arguments: ["plan.json"], width: 80)
        try t.type("timer 5m")
        try t.send("Enter")
        try t.waitFor("[1/5 objective] 5:00>")
        try t.type("segment add Owners")
        try t.send("Left", "Left", "Left")
        // No key is pressed while the prompt counts down.
        try t.waitForLastLine(endingWith: "[1/5 objective] 4:58> segment add Owners")
        try t.type("X")
        try t.waitForLastLine(endingWith: "> segment add OwnXers")
        try t.send("C-u")
        // The prompt shows the countdown after the step, not `]>`.
        try t.enter("timer", until: "left of 5 min")
        try t.enter("timer stop", until: "timer stopped")
        try t.waitFor("timer stopped with 4:")
        try t.waitForLastLine(endingWith: "cnplan [1/5 objective]>")
    }

    @Test func theGuideOffersTheStepsTimeboxAndTheAnswerPromptCountsDown() throws {
        let t = try TmuxSession(arguments: ["--lang", "zh"], ready: "输入 guide")
        try t.enter("guide", until: "回答>")
        try t.waitFor("这一步建议用时 10分钟；输入 /timer 10m 开始计时")
        try t.waitForPrompt()
        try t.type("/timer 10m")
        try t.send("Enter")
        try t.waitFor("开始计时 10分钟")
        try t.waitForLastLine(endingWith: "回答 9:58>")
    }

    /// A projector view in one terminal while another process changes the session, one line at a
    /// time, through a pipe: each change shows, and the wall moves to the step it is on.
    @Test func presentFollowsASessionThatAnotherProcessChanges() throws {
        let home = try CLI.temporaryDirectory()
        let wall = try TmuxSession(
            arguments: ["present", "plan.json"], home: home, ready: "waiting for plan.json", prompt: false)
        let steps: [(String, [String])] = [
            ("title Repair in hours", ["Repair in hours", "STEP 1 OF 5: OBJECTIVE"]),
            ("objective Faster first response", ["latest: objective: Faster first response"]),
            ("segment add Owners", ["STEP 2 OF 5: SEGMENT", "latest: added segment s1 (Owners)"]),
            ("segment s1 role consumer", ["s1  Owners  [consumer]", "latest: segment s1 (Owners) role: consumer"]),
            ("segment s1 role \"\"", ["latest: segment s1 (Owners) role cleared"]),
            ("behaviour add access connect", ["[3 behaviours]", "connect 联结"]),
            ("behaviour rank connect", ["latest: new ranking: connect, access"]),
        ]
        for (line, shown) in steps {
            let result = try CLI.run(["plan.json"], input: line + "\n", directory: home)
            #expect(result.status == 0, "\(line): \(result.stderr)")
            for text in shown { try wall.waitFor(text) }
        }
        try wall.send("q")
        try Self.wait("present ended with q") {
            try wall.tmux(["display-message", "-p", "-t", "0", "#{pane_current_command}"]).hasPrefix("sleep")
        }
    }

    /// The timebox started at the prompt shows on the wall, in big digits when there is room and in
    /// one row after the window shrinks, and goes when it is stopped.
    @Test func presentShowsTheSessionsTimeboxAndFitsAResize() throws {
        let home = try CLI.temporaryDirectory()
        let repl = try TmuxSession(arguments: ["plan.json", "--lang", "zh"], home: home, ready: "输入 guide")
        try repl.enter("title 房贷预审")
        try repl.waitFor("房贷预审 [1/5")
        let wall = try TmuxSession(
            arguments: ["present", "plan.json"], home: home, ready: "第1步（共5步）：目标", prompt: false)
        try repl.type("timer 5m 头脑风暴")
        try repl.send("Enter")
        try wall.waitFor("头脑风暴（5分钟）")
        try wall.waitFor("＃＃＃")
        try wall.tmux(["resize-window", "-t", "0", "-x", "60", "-y", "9"])
        try wall.waitFor("  4:5")
        let screen = try wall.screen().components(separatedBy: "\n").dropLast()
        #expect(screen.count == 9 && screen.allSatisfy { TextWidth.of($0) < 60 }, "\(screen)")
        #expect(screen[8].contains("按 q 关闭"))
        try repl.waitForPrompt()
        try repl.enter("timer stop")
        try Self.wait("the timebox left the wall") { !(try wall.screen().contains("头脑风暴")) }
        try wall.send("C-c")
        try Self.wait("present ended with Ctrl-C") {
            try wall.tmux(["display-message", "-p", "-t", "0", "#{pane_current_command}"]).hasPrefix("sleep")
        }
    }
}
