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
        try t.type("timer")
        try t.send("Enter")
        try t.waitFor("left of 5 min")
        try t.type("timer stop")
        try t.send("Enter")
        try t.waitFor("timer stopped with 4:")
        try t.waitForLastLine(endingWith: "cnplan [1/5 objective]>")
    }

    @Test func theGuideOffersTheStepsTimeboxAndTheAnswerPromptCountsDown() throws {
        let t = try TmuxSession(arguments: ["--lang", "zh"], ready: "输入 guide")
        try t.type("guide")
        try t.send("Enter")
        try t.waitFor("这一步建议用时 10分钟；输入 /timer 10m 开始计时")
        try t.type("/timer 10m")
        try t.send("Enter")
        try t.waitFor("开始计时 10分钟")
        try t.waitForLastLine(endingWith: "回答 9:58>")
    }
}
