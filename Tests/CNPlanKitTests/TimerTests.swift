import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// Timeboxes: the lengths a room types, the countdown's clock, `timer` at the prompt and the
/// guide's suggestion, with a clock the test moves.
@Suite struct TimerTests {
    @Test(arguments: [
        ("7m", 420), ("90s", 90), ("1h", 3600), ("1h30m", 5400), ("1h30", 5400), ("2m30s", 150), ("2m30", 150),
        ("1.5h", 5400), ("7", 420), ("7:30", 450), ("1:30:00", 5400), ("7min", 420), ("7分钟", 420), ("7分", 420),
        ("90秒", 90), ("1小时", 3600), ("1小时30分钟", 5400), ("2分30", 150), ("７分钟", 420), ("24h", 86400),
    ])
    func lengthsAsARoomTypesThem(typed: String, seconds: Int) {
        #expect(Timebox.parse(typed) == seconds, "\(typed)")
    }

    @Test(arguments: ["", "0", "0s", "7x", "m", "h7", "25h", "1:60", "7:", "1s30", "-5m", "1e9", "nan", "stop"])
    func notLengths(typed: String) {
        #expect(Timebox.parse(typed) == nil, "\(typed)")
    }

    @Test func clockAndTypedForms() {
        #expect(Timebox.clock(420) == "7:00")
        #expect(Timebox.clock(59) == "0:59")
        #expect(Timebox.clock(5400) == "1:30:00")
        #expect(Timebox.typed(5400) == "1h30m")
        #expect(Timebox.typed(90) == "1m30s")
        #expect(Texts(.english).duration(5400) == "1 h 30 min")
        #expect(Texts(.chinese).duration(5400) == "1小时30分钟")
        for seconds in [1, 59, 60, 90, 420, 3600, 5400, 86400] {
            #expect(Timebox.parse(Timebox.typed(seconds)) == seconds)
        }
    }

    @Test func theCountdownRoundsUpAndStopsAtZero() {
        let box = Timebox(seconds: 420, label: nil, startingAt: 1000)
        #expect(box.remaining(at: 1000) == 420)
        #expect(box.remaining(at: 1000.5) == 420)
        #expect(box.remaining(at: 1001) == 419)
        #expect(box.remaining(at: 1419.9) == 1)
        #expect(box.remaining(at: 1420) == 0 && box.isOver(at: 1420))
        #expect(box.remaining(at: 9999) == 0)
    }

    @Test func timerCommandsParse() throws {
        #expect(try Parser.parse("timer") == .timer(.show))
        #expect(try Parser.parse("timer 7m ideas and votes") == .timer(.start(seconds: 420, label: "ideas and votes")))
        #expect(try Parser.parse("timer 7 min") == .timer(.start(seconds: 420, label: nil)))
        #expect(try Parser.parse("计时 7分钟 讨论") == .timer(.start(seconds: 420, label: "讨论")))
        #expect(try Parser.parse("/timer stop") == .timer(.stop))
        #expect(try Parser.parse("计时 停止") == .timer(.stop))
        #expect(try Parser.parse("timer defaults") == .timer(.defaults))
        #expect(try Parser.parse("timer defaults 3 20m concept 30m") == .timer(.setDefaults([3: 1200, 4: 1800])))
        #expect(try Parser.parse("计时 默认 行为模式 20分钟") == .timer(.setDefaults([3: 1200])))
        let five = [1: 600, 2: 900, 3: 1200, 4: 1500, 5: 900]
        #expect(try Parser.parse("timer defaults 10 15 20 25 15") == .timer(.setDefaults(five)))
        #expect(throws: PlanError.badDuration("stpo", suggestion: "stop")) { try Parser.parse("timer stpo") }
        #expect(throws: PlanError.badDuration("7x", suggestion: nil)) { try Parser.parse("timer 7x") }
        #expect(throws: PlanError.missingArgument(.duration, usage: "timer defaults [STEP DURATION]")) {
            try Parser.parse("timer defaults 3")
        }
        #expect(throws: PlanError.unexpectedArgument("now", usage: "timer stop")) { try Parser.parse("timer stop now") }
    }

    /// A clock the test moves.
    final class Clock {
        var now = 1_000_000.0
    }

    @Test func startShowStopAndTheEndAnnouncedOnce() {
        let clock = Clock()
        let keeper = Timekeeper { clock.now }
        let t = Texts(.english)
        let none = "no timer running; timer 20m starts the 20 min suggested for step 3, behaviours"
        #expect(keeper.run(.show, step: 3, texts: t).output == none)
        let started = keeper.run(.start(seconds: 120, label: "ideas"), step: 3, texts: t)
        #expect(started.note == "timebox of 2 min started for ideas; the prompt counts down")
        clock.now += 30.5
        #expect(keeper.run(.show, step: 3, texts: t).output == "ideas: 1:30 left of 2 min")
        #expect(keeper.remaining == 90)
        #expect(keeper.takeFinished() == nil)
        clock.now += 90
        #expect(keeper.running == nil && keeper.timer != nil)
        #expect(keeper.takeFinished()?.label == "ideas")
        #expect(keeper.takeFinished() == nil, "the end is announced once")
        #expect(keeper.run(.show, step: 3, texts: t).output == "time is up for ideas (2 min)")
        #expect(keeper.run(.stop, step: 3, texts: t).output.hasPrefix("no timer running"))
        _ = keeper.run(.start(seconds: 60, label: nil), step: 3, texts: t)
        #expect(keeper.run(.stop, step: 3, texts: t).note == "timer stopped with 1:00 left")
        #expect(keeper.timer == nil && keeper.takeFinished() == nil)
    }

    @Test func theGuideSuggestsEachStepsTimeboxOnceAndNeverOverARunningOne() {
        let clock = Clock()
        let keeper = Timekeeper { clock.now }
        _ = keeper.run(.setDefaults([2: 600]), step: nil, texts: Texts(.english))
        #expect(keeper.suggestion(for: 2) == 600)
        #expect(keeper.suggestion(for: 2) == nil)
        _ = keeper.run(.start(seconds: 60, label: nil), step: nil, texts: Texts(.english))
        #expect(keeper.suggestion(for: 3) == nil)
        clock.now += 61
        #expect(keeper.suggestion(for: 3) == 1200)
    }

    @Test func theGuideOffersTheTimeboxAsAStepBeginsAndStartsItOnlyWhenAsked() {
        let console = RoomConsole(["Clinic", "/timer 10m", "", "", "/stop"])
        let shell = Shell(workbench: Workbench(), console: console)
        _ = shell.guide()
        #expect(console.notes.first == "    timebox for this step: 10 min; /timer 10m starts it")
        #expect(console.notes.filter { $0.contains("timebox for this step") }.count == 1)
        #expect(shell.workbench.timekeeper.running?.seconds == 600)
    }

    /// A person at a terminal, as far as the shell can tell: notes are kept.
    final class RoomConsole: Console {
        var lines: [String]
        let interactive = true
        let width: Int? = nil
        var notes: [String] = []
        init(_ lines: [String]) { self.lines = lines }
        func read(prompt: String) -> ReadResult { lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
        func output(_ text: String) {}
        func note(_ text: String) { notes.append(text) }
        func error(_ text: String) {}
    }
}
