/// The plan as a one-file HTML handout to send to people who were not in the room: who and when,
/// a summary, the plan map, the five steps with the value/effort matrix and each impact's bars,
/// the open findings in plain words, and the file it came from. One page or two on A4; no script,
/// nothing fetched (system fonts, inline SVG and styles). Plan text is escaped everywhere, so it
/// always stays text.
public struct HTMLExporter {
    public var plan: Plan
    public var context: CheckContext
    /// The name of the file the plan came from, for the footer; nil for a plan never saved.
    public var source: String?
    let t: Texts
    /// Items' names by id, found once.
    let names: (String) -> String?

    public init(plan: Plan, context: CheckContext, texts: Texts, source: String? = nil) {
        self.plan = plan
        names = plan.nameIndex()
        self.context = context
        self.source = source
        t = texts
    }

    /// Text for HTML, in an element or an attribute: `& < > " '` as character references; line
    /// breaks as spaces; control, invisible and non-characters shown escaped as the board shows them.
    public static func escape(_ text: String) -> String {
        let safe = Board.safe(text.replacingNewlines)
        guard safe.unicodeScalars.contains(where: { "&<>\"'".unicodeScalars.contains($0) || isNonCharacter($0) }) else {
            return safe
        }
        var out = ""
        for s in safe.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case _ where isNonCharacter(s): out += "\\u{" + String(s.value, radix: 16) + "}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// U+FDD0…U+FDEF and the last two code points of each plane, which HTML forbids.
    static func isNonCharacter(_ s: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(s.value) || s.value & 0xFFFE == 0xFFFE
    }

    private func e(_ text: String) -> String { Self.escape(text) }

    /// A page up to its body's opening tag, in the language of `t`: the handout's and the
    /// portfolio's. `style` follows the handout's style sheet.
    static func head(title: String, _ t: Texts, style: String? = nil, bodyClass: String? = nil) -> [String] {
        [
            "<!DOCTYPE html>",
            "<html lang=\"\(escape(t("html.lang")))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            // Whatever a browser finds in the page, it runs no script and fetches nothing.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"cnplan\">",
            "<title>\(escape(title))</title>",
            "<style>", HandoutStyle.css,
        ] + (style.map { [$0] } ?? []) + [
            "</style>",
            "</head>",
            bodyClass.map { "<body class=\"\($0)\">" } ?? "<body>",
        ]
    }

    public func render() -> String {
        let title = plan.title ?? t("md.untitled")
        var out = Self.head(title: title, t)
        out += masthead(title)
        out += summary()
        if let map = PlanMap(plan: plan, t: t).render() {
            out += ["<section class=\"map-section\">", "<h2>\(e(t("md.heading.map")))</h2>", map, "</section>"]
        }
        out += objective()
        out += segments()
        out += behaviours()
        out += concepts()
        out += impacts()
        out += progress()
        // The vote's result and the open findings side by side: the handout stays on two pages.
        out += ["<div class=\"closing\">"] + votes() + findings() + ["</div>"]
        out += footer()
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func behaviour(_ b: Behaviour) -> String { t.behaviourForHandout(b) }

    /// A field's value as text to escape; nil when unset. A referenced item reads with its name.
    private func value(_ f: FieldInfo, _ v: FieldValue?) -> String? {
        switch v {
        case nil: nil
        case .text(let s)?: s
        case .choice(let c)?: if case .choice(let list) = f.type { t.choice(list, c) } else { c }
        case .choices(let cs)?:
            if case .choices(let list) = f.type { t.list(cs.map { t.choice(list, $0) }) } else { t.list(cs) }
        case .reference(let id)?: id + (names(id).map { " " + $0 } ?? "")
        case .behaviours(let list)?: t.list(list.map(behaviour))
        case .names(let list)?: t.list(list)
        case .date(let d)?: t.date(d)
        case .score(let n)?: String(n)
        case .number(let n)?: Texts.rounded(n)
        case .target(let target)?: target.text
        }
    }

    /// A value cell's content: the escaped value, or the catalog's mark of an empty cell.
    private func shown(_ f: FieldInfo, _ v: FieldValue?) -> String { cell(value(f, v)) }

    /// A cell's escaped text, or the catalog's mark of an empty cell, greyed.
    private func cell(_ text: String?) -> String { text.map(e) ?? HTMLExporter.unset(t) }

    /// The mark of an empty cell (`md.empty`) as the handout and the portfolio page show it.
    static func unset(_ t: Texts) -> String { "<span class=\"unset\">\(escape(t("md.empty")))</span>" }

    /// A field's heading without the colon a heading has where the text follows it on its line.
    private func heading(_ f: FieldInfo) -> String {
        var h = t(f.text("heading"))
        while let last = h.last, last == ":" || last == "：" { h.removeLast() }
        return e(h)
    }

    /// The keys of the plan's fields that say who met and when, where the plan has them.
    static let occasion: Set<String> = ["organisation", "organization", "date", "facilitator", "participants"]

    /// The plan's fields that head the page: who met and when, and any other field that is not
    /// part of step 1; the title stands above them.
    static let headFields = ItemKind.plan.fields.filter {
        $0.key != "title" && ($0.need == .notCounted || occasion.contains($0.key))
    }

    /// The title, then who met and when, each with its label.
    private func masthead(_ title: String) -> [String] {
        var out = ["<header>", "<p class=\"kicker\">\(e(t("html.kicker")))</p>", "<h1>\(e(title))</h1>"]
        let meta = Self.headFields.compactMap { f in
            value(f, plan.value(.plan, "", f.key)).map { "<div><dt>\(e(t.label(f)))</dt><dd>\(e($0))</dd></div>" }
        }
        if !meta.isEmpty { out += ["<dl class=\"meta\">"] + meta + ["</dl>"] }
        return out + ["</header>"]
    }

    /// One paragraph: the objective, whom it serves, the behaviours and concepts, the impacts.
    private func summary() -> [String] {
        var sentences: [String] = []
        if let objective = plan.objective.statement {
            sentences.append(t("html.summary.objective", ["objective": Self.sentence(objective)]))
        }
        if !plan.segments.isEmpty {
            sentences.append(t("html.summary.segments", ["segments": t.list(plan.segments.map(\.name))]))
        }
        if !plan.behaviours.isEmpty {
            sentences.append(
                t("html.summary.behaviours", ["behaviours": t.list(plan.behaviours.map { behaviour($0.name) })]))
        }
        if !plan.concepts.isEmpty {
            let titles = plan.concepts.map { t("html.quoted", ["text": $0.title]) }
            sentences.append(t("html.summary.concepts", ["concepts": t.list(titles)]))
        }
        if !plan.impacts.isEmpty {
            let impacts = plan.impacts.map(headline).joined(separator: t("html.summary.impactSeparator"))
            sentences.append(t("html.summary.impacts", ["impacts": impacts]))
        }
        if sentences.isEmpty { sentences.append(t("html.summary.empty")) }
        return ["<p class=\"summary\">\(e(sentences.joined(separator: t("html.sentenceSeparator"))))</p>"]
    }

    /// Text that ends a sentence the catalog closes: without its own full stop.
    static func sentence(_ text: String) -> String {
        var s = text.trimmingSpaces
        while let last = s.last, ".。!！;；".contains(last) { s.removeLast() }
        return s
    }

    /// `First response time: 48 → 4.8 hours (-90%) by 2027-06-30`, as in the Markdown handout.
    private func headline(_ m: Impact) -> String {
        var s = t.change(m)
        if let u = m.unit { s += " " + u }
        if let p = t.percentChange(m) { s += t("md.headline.change", ["change": p]) }
        if let by = m.by { s += t("md.headline.by", ["date": t.date(by)]) }
        return m.metric + t("md.headline.colon") + s
    }

    /// A step's section: its number, its heading, its content or what is missing.
    private func step(_ kind: ItemKind, empty: Bool, _ body: () -> [String]) -> [String] {
        let n = kind.step
        let title = t("md.heading.\(kind == .plan ? "objective" : kind.rawValue)")
        var out = ["<section class=\"step step-\(n)\">", "<h2><span class=\"n\">\(n)</span> \(e(title))</h2>"]
        out += empty ? ["<p class=\"none\">\(e(t("md.none.\(kind.rawValue)")))</p>"] : body()
        return out + ["</section>"]
    }

    private func objective() -> [String] {
        step(.plan, empty: false) {
            let fields = ItemKind.plan.fields.filter { $0.key != "title" && !Self.headFields.contains($0) }
            let rows = fields.map { f in
                "<div><dt>\(heading(f))</dt><dd>\(shown(f, plan.value(.plan, "", f.key)))</dd></div>"
            }
            return ["<dl class=\"objective\">"] + rows + ["</dl>"]
        }
    }

    /// Items as cards: the id and name as the card's heading, then every other field.
    private func cards(_ kind: ItemKind, _ items: [(id: String, name: String)]) -> [String] {
        var out = ["<div class=\"cards\">"]
        let read = ItemReaders(plan, kind)
        for item in items {
            out.append("<article class=\"card \(kind.rawValue)\">")
            out.append("<h3><span class=\"id\">\(e(item.id))</span> \(e(item.name))</h3>")
            out.append("<dl>")
            for f in kind.fields where f.type != .name {
                let v = read.value(item.id, f.key)
                // A detail the plan does not give is left out, as on the board and in Markdown.
                if f.need == .detail, v == nil { continue }
                out.append("<div><dt>\(heading(f))</dt><dd>\(shown(f, v))</dd></div>")
            }
            out += ["</dl>", "</article>"]
        }
        return out + ["</div>"]
    }

    private func segments() -> [String] {
        step(.segment, empty: plan.segments.isEmpty) { cards(.segment, plan.segments.map { ($0.id, $0.name) }) }
    }

    private func behaviours() -> [String] {
        step(.behaviour, empty: plan.behaviours.isEmpty) {
            let fields = ItemKind.behaviour.fields.filter { $0.type != .number && $0.type != .target }
            var out = ["<div class=\"split\">", "<table>", "<thead><tr>"]
            out.append("<th>\(e(t("md.rank")))</th><th>\(e(t("md.behaviour")))</th>")
            out.append(fields.map { "<th>\(heading($0))</th>" }.joined())
            out += ["</tr></thead>", "<tbody>"]
            let read = ItemReaders(plan, .behaviour)
            for (n, b) in plan.behaviours.enumerated() {
                let rank = String(n + 1)
                let cells = fields.map { "<td>\(shown($0, read.value(b.name.rawValue, $0.key)))</td>" }
                out.append("<tr><td>\(rank)</td><td>\(e(behaviour(b.name)))</td>" + cells.joined() + "</tr>")
            }
            out += ["</tbody>", "</table>"]
            let items = plan.behaviours.map { b in
                ValueEffortMatrix.Item(
                    mark: String(plan.rank(of: b.name) ?? 0), name: t.behaviour(b.name),
                    value: b.value, effort: b.effort)
            }
            out += matrix(.behaviour, items)
            return out + ["</div>"]
        }
    }

    /// The matrix of a kind whose items have `value` and `effort` scores, with the unscored named
    /// under it; nothing when the kind has no such fields.
    private func matrix(_ kind: ItemKind, _ items: [ValueEffortMatrix.Item]) -> [String] {
        guard let v = kind.field("value"), let f = kind.field("effort"), v.type == .score, f.type == .score else {
            return []
        }
        let label = kind == .concept ? t("html.matrix.concept") : t("html.matrix.behaviour")
        let chart = ValueEffortMatrix(
            items: items, valueTitle: t(v.text("heading")), effortTitle: t(f.text("heading")), t: t)
        var out = [
            "<figure class=\"matrix-figure\">", chart.render(label: label), "<figcaption>\(e(label))</figcaption>",
        ]
        let unscored = items.filter { $0.value == nil || $0.effort == nil }.map(\.name)
        if !unscored.isEmpty {
            out.append("<p class=\"unscored\">\(e(t("html.matrix.unscored", ["items": t.list(unscored)])))</p>")
        }
        return out + ["</figure>"]
    }

    private func concepts() -> [String] {
        step(.concept, empty: plan.concepts.isEmpty) {
            var out = cards(.concept, plan.concepts.map { ($0.id, $0.title) })
            // Concept scores are read by field, so the matrix appears once concepts have them.
            let read = ItemReaders(plan, .concept)
            let items = plan.concepts.map { c in
                func score(_ key: String) -> Int? {
                    if case .score(let n)? = read.value(c.id, key) { return n }
                    return nil
                }
                return ValueEffortMatrix.Item(mark: c.id, name: c.title, value: score("value"), effort: score("effort"))
            }
            if items.contains(where: { $0.value != nil && $0.effort != nil }) {
                // Beside the cards, as the behaviours' matrix stands beside their table.
                out = ["<div class=\"split\">", "<div>"] + out + ["</div>"] + matrix(.concept, items) + ["</div>"]
            }
            return out
        }
    }

    /// The impacts as a table; baseline and target share a column, drawn as bars with the numbers.
    private func impacts() -> [String] {
        step(.impact, empty: plan.impacts.isEmpty) {
            let fields = ItemKind.impact.fields.filter { $0.type != .number }
            var head = "<th>\(e(t("md.id")))</th>"
            for f in fields {
                head +=
                    f.type == .target
                    ? "<th class=\"chart\">\(e(t("md.baselineToTarget")))</th><th>\(e(t("md.change")))</th>"
                    : "<th>\(heading(f))</th>"
            }
            var out = ["<table class=\"impacts\">", "<thead><tr>\(head)</tr></thead>", "<tbody>"]
            let read = ItemReaders(plan, .impact)
            for m in plan.impacts {
                var row = "<tr><td>\(e(m.id))</td>"
                for f in fields {
                    if f.type == .target {
                        let chart =
                            ImpactChart(baseline: m.baseline, target: m.resolvedTarget)
                            .render(label: t("md.baselineToTarget")) ?? ""
                        row += "<td class=\"chart\">\(e(t.change(m)))\(chart)</td>"
                        row += "<td>\(cell(t.percentChange(m)))</td>"
                    } else {
                        row += "<td>\(shown(f, read.value(m.id, f.key)))</td>"
                    }
                }
                out.append(row + "</tr>")
            }
            return out + ["</tbody>", "</table>"]
        }
    }

    /// What `check` finds, in plain words: what is wrong and where, without codes or commands.
    /// Progress after the workshop, once there are check-ins: each impact's latest actual, how far
    /// it is from baseline to target (a bar of tenths) and its state.
    private func progress() -> [String] {
        let report = ProgressReport(plan: plan, today: context.today, texts: t)
        guard report.hasCheckIns else { return [] }
        var out = ["<section class=\"progress\">", "<h2>\(e(t("md.heading.progress")))</h2>", "<table>", "<thead><tr>"]
        for key in ["md.id", "md.progress.metric", "md.progress.latest", "md.progress.percent", "md.progress.state"] {
            out.append("<th>\(e(t(key)))</th>")
        }
        out += ["</tr></thead>", "<tbody>"]
        for p in report.impacts {
            let latest = t.latestCell(p.latest)
            // Drawn from the computed share, never from plan text.
            let tenths = p.percent.map { max(0, min(10, Int(($0 / 10).rounded()))) } ?? 0
            let bar = String(repeating: "●", count: tenths) + String(repeating: "○", count: 10 - tenths)
            out.append(
                "<tr><td>\(e(p.impact.id))</td><td>\(e(p.impact.metric))</td><td>\(e(latest))</td>"
                    + "<td>\(e(t.percentCell(p.percent))) <span class=\"dots\">\(bar)</span></td>"
                    + "<td>\(e(t.stateCell(p.state)))</td></tr>")
        }
        return out + ["</tbody>", "</table>", "</section>"]
    }

    /// The closed dot-vote rounds: each item's votes as a bar, ties marked, who voted.
    private func votes() -> [String] {
        let closed = plan.votes.filter { !$0.open }
        guard !closed.isEmpty else { return [] }
        var out = ["<section class=\"votes\">", "<h2>\(e(t("md.heading.votes")))</h2>"]
        for round in closed {
            let subject = t("vote.subject.\(round.subject.rawValue)")
            var head = t("vote.result", ["subject": subject, "date": round.date.map(t.date) ?? "?"])
            if let budget = round.budget { head += t("vote.result.budget", ["n": String(budget)]) }
            if !round.ballots.isEmpty {
                head += t.plural("vote.result.voters", round.ballots.count, ["n": String(round.ballots.count)])
            }
            out += [
                "<h3>\(e(head))</h3>", "<table>",
                "<thead><tr><th>\(e(t("md.votes.item")))</th>"
                    + "<th>\(e(t("md.votes.votes")))</th></tr></thead>", "<tbody>",
            ]
            let rows = round.result(of: plan.ids(of: round.subject.kind))
            let most = max(1, rows.map(\.votes).max() ?? 1)
            let tied = rows.tiedVotes
            for r in rows {
                let name =
                    round.subject == .behaviours
                    ? Behaviour(rawValue: r.item).map(behaviour) ?? r.item
                    : r.item + (names(r.item).map { " " + $0 } ?? "")
                let tie = tied.contains(r.votes) ? " " + t("vote.tie") : ""
                // A bar of dots, one a vote, scaled to the longest: drawn from numbers, never plan text.
                let bar = String(repeating: "●", count: r.votes * min(most, 20) / most)
                out.append(
                    "<tr><td>\(e(name))</td><td>\(r.votes)\(e(tie)) <span class=\"dots\">\(bar)</span></td></tr>")
            }
            out += ["</tbody>", "</table>"]
            if !round.ballots.isEmpty {
                out.append("<p>\(e(t("md.votes.participants", ["list": t.list(round.ballots.map(\.name))])))</p>")
            }
        }
        return out + ["</section>"]
    }

    private func findings() -> [String] {
        let found = Checks.run(plan, context: context)
        var out = ["<section class=\"findings\">", "<h2>\(e(t("md.heading.findings")))</h2>"]
        if found.isEmpty { return out + ["<p class=\"none\">\(e(t("md.findings.none")))</p>", "</section>"] }
        out.append("<ul>")
        for f in found {
            let severity =
                "<span class=\"severity \(f.severity.rawValue)\">\(e(t("severity.\(f.severity.rawValue)")))</span>"
            let text = t("html.finding", ["item": item(f), "message": f.message(t)])
            out.append("<li>\(severity) \(e(text))</li>")
        }
        return out + ["</ul>", "</section>"]
    }

    /// The item a finding is about: `concept c2 (Weekly specials vote)`, a behaviour, or the plan.
    private func item(_ f: Finding) -> String {
        if f.item.isEmpty { return t("kind.plan") }
        if let b = Behaviour(rawValue: f.item) { return t.behaviour(b) }
        let kind = ItemKind.allCases.first { $0.idPrefix == f.item.first } ?? .plan
        guard let name = names(f.item) else { return f.item }
        return t.item(ItemLabel(kind, f.item, name))
    }

    private func footer() -> [String] {
        let date = t.date(context.today)
        let text =
            source.map { t("html.footer.source", ["file": $0, "date": date]) }
            ?? t("html.footer.unsaved", ["date": date])
        return ["<footer>\(e(text))</footer>"]
    }
}
