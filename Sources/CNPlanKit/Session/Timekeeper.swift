import CNPlanCore

/// The room's timebox (`timer`): one countdown at a time, and the length the guide suggests when
/// each step begins. Session state only: none of it is ever in the plan or its file.
public final class Timekeeper {
    /// The countdown started last, running or over, until it is stopped or replaced: what a
    /// projector view shows.
    public private(set) var timer: Timebox?
    /// Seconds per step, 1 to 5.
    public private(set) var defaults = Timebox.standardDefaults
    /// True once the end of `timer` has been announced.
    private var announced = false
    /// Steps whose timebox the guide has suggested in this session.
    private var suggested: Set<Int> = []
    private let clock: () -> Double

    /// `clock` gives the wall-clock time in seconds; tests give their own.
    public init(clock: @escaping () -> Double = Clock.now) { self.clock = clock }

    /// The countdown while it runs; nil once it is over or stopped.
    public var running: Timebox? {
        guard let timer, !timer.isOver(at: clock()) else { return nil }
        return timer
    }

    /// Seconds left of the running countdown.
    public var remaining: Int? { running?.remaining(at: clock()) }

    /// Carries out `timer …`; `step` is the step the plan is on, whose timebox `timer` offers when
    /// none runs.
    public func run(_ request: TimerRequest, step: Int?, texts t: Texts) -> Reply {
        switch request {
        case .start(let seconds, let label):
            timer = Timebox(seconds: seconds, label: label, startingAt: clock())
            announced = false
            return Reply(note: says("timer.started", "timer.startedLabelled", timer!, t))
        case .show:
            guard let timer else { return Reply(output: none(step, t)) }
            if timer.isOver(at: clock()) {
                announced = true
                return Reply(output: Timekeeper.finished(timer, t))
            }
            return Reply(output: says("timer.left", "timer.leftLabelled", timer, t))
        case .stop:
            guard let running else { return Reply(output: none(step, t)) }
            timer = nil
            return Reply(note: t("timer.stopped", ["time": Timebox.clock(running.remaining(at: clock()))]))
        case .defaults:
            return Reply(output: table(t))
        case .setDefaults(let lengths):
            for (step, seconds) in lengths { defaults[step - 1] = seconds }
            return Reply(output: table(t))
        }
    }

    /// The countdown that has just reached zero, once: the caller rings the bell and says so.
    public func takeFinished() -> Timebox? {
        guard let timer, !announced, timer.isOver(at: clock()) else { return nil }
        announced = true
        return timer
    }

    /// What the room is told when a countdown ends.
    public static func finished(_ timer: Timebox, _ t: Texts) -> String {
        let args = ["duration": t.duration(timer.seconds), "label": Board.safe(timer.label ?? "")]
        return t(timer.label == nil ? "timer.up" : "timer.upLabelled", args)
    }

    /// The length to suggest as the guide begins `step`: its default, once a session, and only
    /// while no countdown runs.
    public func suggestion(for step: Int) -> Int? {
        guard (1...5).contains(step), running == nil, suggested.insert(step).inserted else { return nil }
        return defaults[step - 1]
    }

    /// A message about a timebox: the `labelled` one when it has a label.
    private func says(_ plain: String, _ labelled: String, _ timer: Timebox, _ t: Texts) -> String {
        let args = [
            "time": Timebox.clock(timer.remaining(at: clock())), "duration": t.duration(timer.seconds),
            "label": Board.safe(timer.label ?? ""),
        ]
        return t(timer.label == nil ? plain : labelled, args)
    }

    private func none(_ step: Int?, _ t: Texts) -> String {
        let n = step ?? 1
        let seconds = defaults[n - 1]
        let args = [
            "typed": Timebox.typed(seconds), "duration": t.duration(seconds), "n": String(n), "step": t("step.\(n)"),
        ]
        return t("timer.none", args)
    }

    /// `timer defaults`: the timebox of each step.
    private func table(_ t: Texts) -> String {
        let names = (1...5).map { "\($0)/5 " + t("step.\($0)") }
        let column = (names.map { TextWidth.of($0) }.max() ?? 0) + 2
        let rows = (1...5).map { "  " + TextWidth.pad(names[$0 - 1], to: column) + t.duration(defaults[$0 - 1]) }
        return ([t("timer.defaults")] + rows).joined(separator: "\n")
    }
}
