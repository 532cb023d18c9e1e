/// What `progress` prints, the line `status` adds once there are check-ins, and the handout's
/// progress section: every impact against its target, from `ImpactProgress`.
public struct ProgressReport {
    public let plan: Plan
    public let today: PlanDate
    let t: Texts

    public init(plan: Plan, today: PlanDate, texts: Texts) {
        self.plan = plan
        self.today = today
        t = texts
    }

    /// Every impact's progress, in plan order: what a handout of any format shows.
    public var impacts: [ImpactProgress] { ImpactProgress.all(in: plan, today: today) }

    /// True once some impact has a check-in.
    public var hasCheckIns: Bool { plan.impacts.contains { !$0.actuals.isEmpty } }

    /// One line an impact: latest actual, percent of the way, state and the sparkline.
    public func text(width: Int?) -> String {
        guard !plan.impacts.isEmpty else { return t("progress.none") }
        let lines = impacts.map { p -> String in
            let m = p.impact
            let head = t("progress.head", ["id": m.id, "metric": Board.safe(m.metric), "change": t.change(m)])
            guard let latest = p.latest else { return head + t("progress.noCheckIn", ["id": m.id]) }
            return head
                + t(
                    "progress.latest",
                    [
                        "value": Texts.rounded(latest.value), "date": t.date(latest.date),
                        "percent": t.percentOfWay(p.percent),
                        "state": t.state(p.state), "spark": p.sparkline(t("progress.spark")),
                    ])
        }
        guard let width else { return lines.joined(separator: "\n") }
        return lines.map { TextWidth.wrap($0, width: width).joined(separator: "\n") }.joined(separator: "\n")
    }

    /// `progress: 1 ahead, 1 behind, 1 reached`; nil before the first check-in.
    public func statusLine() -> String? {
        guard hasCheckIns else { return nil }
        return t("progress.status", ["list": t.stateCounts(impacts.map(\.state))])
    }
}

extension Texts {
    /// A handout's "latest actual" cell: `20 (2027-04-01)`, `20（2027年4月1日）`, or the empty cell
    /// before the first check-in; every piece in the language's own punctuation.
    public func latestCell(_ latest: CheckIn?) -> String {
        guard let latest else { return self("md.empty") }
        return self("md.progress.latestOn", ["value": Texts.rounded(latest.value), "date": date(latest.date)])
    }

    /// `1 behind, 2 reached, 1 not measured`: how many impacts are in each state, most urgent
    /// first, then those that cannot be judged (nil).
    public func stateCounts(_ states: [TrackState?]) -> String {
        var tally = Array(repeating: 0, count: TrackState.allCases.count)
        var unknown = 0
        for s in states {
            if let s { tally[s.urgency] += 1 } else { unknown += 1 }
        }
        let counts = TrackState.allCases.sorted { $0.urgency < $1.urgency }.compactMap { s -> String? in
            tally[s.urgency] == 0
                ? nil : self("progress.status.item", ["n": String(tally[s.urgency]), "state": state(s)])
        }
        return list(counts + (unknown > 0 ? [plural("progress.status.unmeasured", unknown)] : []))
    }
}
