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
        let states = impacts.compactMap(\.state)
        let counts = TrackState.allCases.sorted { $0.urgency < $1.urgency }.compactMap { s -> String? in
            let n = states.filter { $0 == s }.count
            return n == 0 ? nil : t("progress.status.item", ["n": String(n), "state": t.state(s)])
        }
        let unknown = impacts.count - states.count
        let parts = counts + (unknown > 0 ? [t.plural("progress.status.unmeasured", unknown)] : [])
        return t("progress.status", ["list": t.list(parts)])
    }
}
