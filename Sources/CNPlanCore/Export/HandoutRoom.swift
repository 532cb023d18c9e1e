/// The room in the handout: who was there at the top, the value/effort matrices and the votes.
extension MarkdownExporter {
    /// `**Participants:** 王伟、李娜` lines under the title; nothing when none is known.
    func workshop() -> [String] {
        let known = Plan.workshopFields.compactMap { f in f.get(plan).map { (f.info, $0) } }
        guard !known.isEmpty else { return [] }
        let lines = known.map { f, v in "**" + t("md.room.\(f.key)") + "** " + workshopValue(f, v) }
        return lines.enumerated().map { $0.offset < lines.count - 1 ? $0.element + "  " : $0.element } + [""]
    }

    private func workshopValue(_ f: FieldInfo, _ v: FieldValue) -> String {
        switch v {
        case .names(let list): t.list(list.map(Self.inline))
        case .date(let d): t.date(d)
        case .text(let s): Self.inline(s)
        default: ""
        }
    }

    /// The value/effort matrix of behaviours and of concepts, each as a 2x2 table, when any is scored.
    func matrices() -> [String] {
        let shown = VoteSubject.allCases.reversed().map { Matrix(plan: plan, subject: $0) }.filter { m in
            m.items.contains(where: \.isScored)
        }
        guard !shown.isEmpty else { return [] }
        var lines = ["## " + t("md.heading.matrix"), ""]
        for m in shown {
            func cell(_ q: Quadrant) -> String {
                let items = m.items(in: q).map { i in
                    label(i) + t("md.matrix.scores", ["value": String(i.value ?? 0), "effort": String(i.effort ?? 0)])
                }
                return "**" + t("matrix.quadrant.\(q.rawValue)") + "** "
                    + (items.isEmpty ? "—" : items.joined(separator: t("md.matrix.separator")))
            }
            lines += ["### " + t("matrix.title.\(m.subject.rawValue)"), ""]
            lines.append("| | " + t("md.matrix.lowEffort") + " | " + t("md.matrix.highEffort") + " |")
            lines.append("| --- | --- | --- |")
            lines.append("| **" + t("md.matrix.highValue") + "** | " + cell(.quickWins) + " | " + cell(.bigBets) + " |")
            lines.append("| **" + t("md.matrix.lowValue") + "** | " + cell(.fillIns) + " | " + cell(.moneyPits) + " |")
            lines.append("")
            if !m.unscored.isEmpty { lines += [t("matrix.unscored", ["list": t.list(m.unscored.map(label))]), ""] }
        }
        return lines
    }

    private func label(_ i: MatrixItem) -> String {
        guard let name = i.name else { return t.behaviour(Behaviour(rawValue: i.id)!) }
        return i.id + " " + Self.inline(name)
    }

    /// Each closed round: its date, budget and a table of votes, most first, ties marked.
    func votes() -> [String] {
        let closed = plan.votes.filter { !$0.open }
        guard !closed.isEmpty else { return [] }
        var lines = ["## " + t("md.heading.votes"), ""]
        for round in closed {
            let subject = t("vote.subject.\(round.subject.rawValue)")
            var head = "### " + t("vote.result", ["subject": subject, "date": round.date.map(t.date) ?? "?"])
            if let budget = round.budget { head += t("vote.result.budget", ["n": String(budget)]) }
            if !round.ballots.isEmpty {
                head += t.plural("vote.result.voters", round.ballots.count, ["n": String(round.ballots.count)])
            }
            lines += [head, "", "| " + t("md.votes.item") + " | " + t("md.votes.votes") + " |", "| --- | ---: |"]
            let rows = round.result(of: plan.ids(of: round.subject.kind))
            let names = plan.nameIndex()
            let tied = rows.tiedVotes
            for r in rows {
                let name =
                    round.subject == .behaviours
                    ? t.behaviour(Behaviour(rawValue: r.item)!)
                    : r.item + (names(r.item).map { " " + Self.inline($0) } ?? "")
                let tie = tied.contains(r.votes) ? " " + t("vote.tie") : ""
                lines.append("| " + name + " | " + String(r.votes) + tie + " |")
            }
            if !round.ballots.isEmpty {
                lines += ["", t("md.votes.participants", ["list": t.list(round.ballots.map { Self.inline($0.name) })])]
            }
            lines.append("")
        }
        return lines
    }
}
