/// The room in the handout: who was there at the top, the value/effort matrices and the votes.
extension MarkdownExporter {
    /// `**Participants:** 王伟、李娜` lines under the title; nothing when none is known.
    func workshop(_ out: inout MarkdownText) {
        let known = Plan.workshopFields.compactMap { f in f.get(plan).map { (f.info, $0) } }
        guard !known.isEmpty else { return }
        for (n, (f, v)) in known.enumerated() {
            out.write("**" + t("md.room.\(f.key)") + "** ")
            workshopValue(&out, v)
            out.line(n < known.count - 1 ? "  " : "")
        }
        out.line()
    }

    private func workshopValue(_ out: inout MarkdownText, _ v: FieldValue) {
        switch v {
        case .names(let list): out.list(list, words.separator) { s, out in out.inline(s) }
        case .date(let d): date(&out, d)
        case .text(let s): out.inline(s)
        default: break
        }
    }

    /// The value/effort matrix of behaviours and of concepts, each as a 2x2 table, when any is scored.
    func matrices(_ out: inout MarkdownText) {
        let shown = VoteSubject.allCases.reversed().map { Matrix(plan: plan, subject: $0) }.filter { m in
            m.items.contains(where: \.isScored)
        }
        guard !shown.isEmpty else { return }
        out.line("## " + t("md.heading.matrix"))
        out.line()
        let scores = t.template("md.matrix.scores", ["value", "effort"])
        for m in shown {
            func cell(_ q: Quadrant) {
                out.write(" | **" + t("matrix.quadrant.\(q.rawValue)") + "** ")
                let items = m.items(in: q)
                if items.isEmpty { out.write(words.empty) }
                out.list(items, t("md.matrix.separator")) { i, out in
                    label(&out, i)
                    out.write(scores.fill([String(i.value ?? 0), String(i.effort ?? 0)]))
                }
            }
            out.line("### " + t("matrix.title.\(m.subject.rawValue)"))
            out.line()
            out.line("| | " + t("md.matrix.lowEffort") + " | " + t("md.matrix.highEffort") + " |")
            out.line("| --- | --- | --- |")
            out.write("| **" + t("md.matrix.highValue") + "**")
            cell(.quickWins)
            cell(.bigBets)
            out.line(" |")
            out.write("| **" + t("md.matrix.lowValue") + "**")
            cell(.fillIns)
            cell(.moneyPits)
            out.line(" |")
            out.line()
            if !m.unscored.isEmpty {
                out.write(t.template("matrix.unscored", ["list"])) { _, out in
                    out.list(m.unscored, words.separator) { i, out in label(&out, i) }
                }
                out.line()
                out.line()
            }
        }
    }

    private func label(_ out: inout MarkdownText, _ i: MatrixItem) {
        guard let name = i.name else { return out.write(t.behaviour(Behaviour(rawValue: i.id)!)) }
        out.write(i.id + " ")
        out.inline(name)
    }

    /// Each closed round: its date, budget and a table of votes, most first, ties marked.
    func votes(_ out: inout MarkdownText) {
        let closed = plan.votes.filter { !$0.open }
        guard !closed.isEmpty else { return }
        out.line("## " + t("md.heading.votes"))
        out.line()
        let names = plan.nameIndex()
        for round in closed {
            let subject = t("vote.subject.\(round.subject.rawValue)")
            out.write("### " + t("vote.result", ["subject": subject, "date": round.date.map(t.date) ?? "?"]))
            if let budget = round.budget { out.write(t("vote.result.budget", ["n": String(budget)])) }
            if !round.ballots.isEmpty {
                out.write(t.plural("vote.result.voters", round.ballots.count, ["n": String(round.ballots.count)]))
            }
            out.line()
            out.line()
            out.line("| " + t("md.votes.item") + " | " + t("md.votes.votes") + " |")
            out.line("| --- | ---: |")
            let rows = round.result(of: plan.ids(of: round.subject.kind))
            let tied = rows.tiedVotes
            let tie = " " + t("vote.tie")
            for r in rows {
                out.write("| ")
                if round.subject == .behaviours {
                    out.write(t.behaviour(Behaviour(rawValue: r.item)!))
                } else {
                    out.write(r.item)
                    if let name = names(r.item) {
                        out.write(" ")
                        out.inline(name)
                    }
                }
                out.line(" | " + String(r.votes) + (tied.contains(r.votes) ? tie : "") + " |")
            }
            if !round.ballots.isEmpty {
                out.line()
                out.write(t.template("md.votes.participants", ["list"])) { _, out in
                    out.list(round.ballots, words.separator) { b, out in out.inline(b.name) }
                }
                out.line()
            }
            out.line()
        }
    }
}
