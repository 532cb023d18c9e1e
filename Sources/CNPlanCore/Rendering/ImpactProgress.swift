/// Where an impact stands against a straight line from the plan's start to its target date.
public enum TrackState: String, Sendable, CaseIterable {
    /// The target is reached or passed.
    case reached
    /// Further than the line says by now.
    case ahead
    /// Within a few points of the line.
    case onTrack
    /// Short of the line.
    case behind
    /// The target date has passed without reaching the target.
    case missed

    /// Most urgent first, for lists that put trouble on top.
    public var urgency: Int {
        switch self {
        case .missed: 0
        case .behind: 1
        case .onTrack: 2
        case .ahead: 3
        case .reached: 4
        }
    }
}

/// How far an impact has come: its latest check-in as a share of the way from baseline to target,
/// and its state against the line. Progress is computed from check-ins, never claimed.
public struct ImpactProgress: Sendable, Equatable {
    /// Points either side of the line that still count as on track.
    public static let tolerance = 5.0

    public var impact: Impact
    /// The latest check-in, if any.
    public var latest: CheckIn?
    /// Percent of the way from baseline to target; over 100 is overshoot, below 0 the wrong way.
    public var percent: Double?
    /// Percent the line expects by the latest check-in's day.
    public var expected: Double?
    /// nil while there is no check-in, or no baseline and target to measure against.
    public var state: TrackState?

    /// The progress of `impact`: the line starts at `start` (the plan's date) or else the first
    /// check-in, and ends at the impact's `by` date; `today` tells whether that date has passed.
    public init(_ impact: Impact, start: PlanDate?, today: PlanDate) {
        self.impact = impact
        latest = impact.latest
        guard let latest, let b = impact.baseline, let t = impact.resolvedTarget, t != b else { return }
        let p = (latest.value - b) / (t - b) * 100
        percent = p
        if p >= 100 {
            state = .reached
            return
        }
        guard let by = impact.by else { return }
        if by < today {
            state = .missed
            return
        }
        let from = (start ?? impact.actuals[0].date).dayNumber
        let span = by.dayNumber - from
        let e = span <= 0 ? 100 : min(100, max(0, Double(latest.date.dayNumber - from) / Double(span) * 100))
        expected = e
        state = p > e + Self.tolerance ? .ahead : p < e - Self.tolerance ? .behind : .onTrack
    }

    /// Every impact of a plan, in plan order.
    public static func all(in plan: Plan, today: PlanDate) -> [ImpactProgress] {
        let start = plan.startDate
        return plan.impacts.map { ImpactProgress($0, start: start, today: today) }
    }

    /// The check-ins as one line of bars, lowest to highest from `ramp`'s first to last
    /// character, scaled between the lowest and highest of baseline, target and check-ins.
    public func sparkline(_ ramp: String) -> String {
        let levels = Array(ramp)
        guard !levels.isEmpty else { return "" }
        let values = impact.actuals.map(\.value)
        let all = values + [impact.baseline, impact.resolvedTarget].compactMap { $0 }
        guard let lo = all.min(), let hi = all.max() else { return "" }
        return String(
            values.map { v in
                hi == lo
                    ? levels[levels.count / 2]
                    : levels[Int(((v - lo) / (hi - lo) * Double(levels.count - 1)).rounded())]
            })
    }
}

extension Plan {
    /// The day the plan started, when it records one in a plan field keyed `date`; the line to
    /// each target starts there.
    public var startDate: PlanDate? {
        if case .date(let d)? = value(.plan, "", "date") { return d }
        return nil
    }
}

extension Texts {
    /// A state as the room reads it.
    public func state(_ s: TrackState?) -> String {
        switch s {
        case .reached?: self("progress.state.reached")
        case .ahead?: self("progress.state.ahead")
        case .onTrack?: self("progress.state.onTrack")
        case .behind?: self("progress.state.behind")
        case .missed?: self("progress.state.missed")
        case nil: self("progress.state.unknown")
        }
    }

    /// `62%`, or the unknown mark.
    public func percentOfWay(_ p: Double?) -> String {
        p.map { self("progress.percent", ["n": Texts.rounded($0.rounded())]) } ?? self("progress.state.unknown")
    }

    /// A handout's or report's "of the way" cell: `62%`, or the empty cell (`md.empty`), the mark the
    /// table's other columns use; the terminal's mark (`progress.state.unknown`) is for its columns.
    public func percentCell(_ p: Double?) -> String { p.map { percentOfWay($0) } ?? self("md.empty") }

    /// A handout's or report's state cell: the state, or the empty cell.
    public func stateCell(_ s: TrackState?) -> String { s.map { state($0) } ?? self("md.empty") }
}
