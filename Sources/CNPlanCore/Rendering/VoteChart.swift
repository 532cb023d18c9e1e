/// Dot voting as the room sees it: what each vote command did (never whose dots went where
/// while the round is open), the open round's progress, and a closed round's result as bars.
public struct VoteChart {
    public var plan: Plan
    public var width: Int?
    let t: Texts
    /// Items' names by id, found once.
    let names: (String) -> String?

    public init(plan: Plan, width: Int?, texts: Texts) {
        self.plan = plan
        names = plan.nameIndex()
        self.width = width
        t = texts
    }

    /// An item as the chart names it: `c1 Repair mini-app`, `接入`.
    func label(_ id: String, _ subject: VoteSubject) -> String {
        if subject == .behaviours, let b = Behaviour(rawValue: id) { return t.behaviour(b) }
        return id + (names(id).map { " " + Board.safe($0) } ?? "")
    }

    /// What a vote command did, without counts while the round is open.
    public func announce(_ edit: VoteEdit) -> String {
        switch edit {
        case .open(let subject, let budget, _):
            let items = t.list(plan.ids(of: subject.kind).map { label($0, subject) })
            return t(
                budget == nil ? "vote.opened" : "vote.openedWithBudget",
                ["subject": t("vote.subject.\(subject.rawValue)"), "n": String(budget ?? 0), "list": items])
        case .tally(let counts): return t.plural("vote.tallied", counts.count, ["n": String(counts.count)])
        case .dots(let ballot):
            return t.plural(
                "vote.dotsTaken", ballot.dots.count,
                [
                    "name": Board.safe(ballot.name), "n": String(ballot.dots.count),
                    "voters": String(plan.openVote?.ballots.count ?? 0),
                ])
        case .close(let apply):
            guard let round = plan.votes.last else { return "" }
            return result(round) + (apply ? "\n" + applied(round) : "")
        case .apply: return plan.votes.last.map(applied) ?? ""
        }
    }

    /// The new order after a round was applied.
    private func applied(_ round: VoteRound) -> String {
        t(
            "vote.applied.\(round.subject.rawValue)",
            ["list": t.list(plan.ids(of: round.subject.kind).map { label($0, round.subject) })])
    }

    /// `vote` alone: the open round, who has voted, no counts.
    public func progress() -> String {
        guard let round = plan.openVote else { return t("vote.none") }
        var lines = [
            t(
                "vote.progress",
                [
                    "subject": t("vote.subject.\(round.subject.rawValue)"),
                    "date": round.date.map(t.date) ?? "?",
                ])
        ]
        if !round.ballots.isEmpty {
            lines.append(
                t.plural(
                    "vote.progress.voters", round.ballots.count,
                    ["n": String(round.ballots.count), "list": t.list(round.ballots.map { Board.safe($0.name) })]))
        }
        if !round.tallies.isEmpty {
            lines.append(t.plural("vote.tallied", round.tallies.count, ["n": String(round.tallies.count)]))
        }
        return lines.joined(separator: "\n")
    }

    /// A round's result: one bar per item, most votes first, ties marked.
    public func result(_ round: VoteRound) -> String {
        let rows = round.result(of: plan.ids(of: round.subject.kind))
        var head = t(
            "vote.result",
            ["subject": t("vote.subject.\(round.subject.rawValue)"), "date": round.date.map(t.date) ?? "?"])
        if let budget = round.budget { head += t("vote.result.budget", ["n": String(budget)]) }
        if !round.ballots.isEmpty {
            head += t.plural("vote.result.voters", round.ballots.count, ["n": String(round.ballots.count)])
        }
        let labels = rows.map { label($0.item, round.subject) }
        let labelWidth = min(30, labels.map(TextWidth.of).max() ?? 0)
        let most = rows.map(\.votes).max() ?? 0
        // Bars are one mark a vote, scaled down only when they would not fit.
        let room = max(10, (width ?? 80) - labelWidth - 16)
        var lines = [head]
        let tied = rows.tiedVotes
        for (row, label) in zip(rows, labels) {
            let bar = most > room ? row.votes * room / most : row.votes
            let tie = tied.contains(row.votes)
            var line = "  " + TextWidth.pad(MatrixBoard.cut(label, labelWidth, t), to: labelWidth) + "  "
            line += String(repeating: "#", count: bar) + (bar > 0 ? " " : "") + String(row.votes)
            if tie { line += "  " + t("vote.tie") }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
