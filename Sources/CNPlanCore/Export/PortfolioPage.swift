extension Portfolio {
    /// The report as one self-contained HTML page in the language of `t`, with the handout's style
    /// sheet and escaping; `today` is the day the impacts' states were judged, for the footer.
    public func html(_ t: Texts, today: PlanDate) -> String {
        PortfolioPage(portfolio: self, t: t, today: today).render()
    }
}

/// `cnplan report DIR --format html`: what the Markdown report says, as a page to send around.
/// Every impact has a small chart like the handout's, with its latest check-in between baseline and
/// target. File names, titles, metrics and reasons come from users' files and are escaped.
struct PortfolioPage {
    let portfolio: Portfolio
    let t: Texts
    let today: PlanDate

    private func e(_ text: String) -> String { HTMLExporter.escape(text) }

    /// The catalog's mark of an empty cell, greyed.
    private var unset: String { HTMLExporter.unset(t) }

    func render() -> String {
        let title = t("report.title", ["dir": portfolio.folder])
        let impacts = portfolio.impacts
        var out = HTMLExporter.head(title: title, t, style: HandoutStyle.portfolio, bodyClass: "portfolio")
        out += [
            "<header>", "<p class=\"kicker\">\(e(t("report.html.kicker")))</p>", "<h1>\(e(title))</h1>", "</header>",
        ]
        out.append("<p class=\"summary\">\(e(summary(impacts.map(\.line))))</p>")
        out += plans()
        out += self.impacts(impacts)
        out += ["<div class=\"columns\">"] + behaviours() + roles() + areas() + ["</div>"]
        out += skipped()
        out += ["<footer>\(e(t("report.html.footer", ["date": t.date(today)])))</footer>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// How many plans, skipped files and impacts; then the impacts by state, most urgent first.
    private func summary(_ lines: [PlanFigures.ImpactLine]) -> String {
        let counts = t.list([
            t.plural("report.count.plans", portfolio.plans.count),
            t.plural("report.count.skipped", portfolio.skipped.count),
            t.plural("report.count.impacts", lines.count),
        ])
        var sentences = [t("report.html.counts", ["list": counts])]
        // The states once some impact has been judged; before any check-in, every impact is unmeasured.
        if lines.contains(where: { $0.state != nil }) {
            sentences.append(t("report.html.states", ["list": t.stateCounts(lines.map(\.state))]))
        }
        return sentences.joined(separator: t("html.sentenceSeparator"))
    }

    /// A section with its heading and a table, or the word for none.
    private func section(_ heading: String, _ className: String, _ header: [String], _ rows: [String]) -> [String] {
        var out = ["<section class=\"\(className)\">", "<h2>\(e(heading))</h2>"]
        if rows.isEmpty { return out + ["<p class=\"none\">\(e(t("report.none")))</p>", "</section>"] }
        out += ["<table>", "<thead><tr>" + header.joined() + "</tr></thead>", "<tbody>"]
        out += rows
        return out + ["</tbody>", "</table>", "</section>"]
    }

    /// A heading cell of the catalog's text; `n` for a column of numbers.
    private func th(_ key: String, _ className: String? = nil) -> String {
        "<th\(className.map { " class=\"\($0)\"" } ?? "")>\(e(t(key)))</th>"
    }

    /// `n` of `whole` as `dots` dots, filled ones first: drawn from numbers, never from plan text.
    private static func dots(_ n: Int, of whole: Int, dots: Int) -> String {
        let filled = max(0, min(dots, Int((Double(n) / Double(max(whole, 1)) * Double(dots)).rounded())))
        return "<span class=\"dots\">" + String(repeating: "●", count: filled)
            + String(repeating: "○", count: dots - filled) + "</span>"
    }

    private func plans() -> [String] {
        let unset = unset
        let rows = portfolio.plans.map { p in
            let errors = p.errors == 0 ? "0" : "<span class=\"errors\">\(p.errors)</span>"
            return "<tr><td>\(e(p.file))</td><td>\(p.title.map(e) ?? unset)</td>"
                + "<td>\(p.date.map { e(t.date($0)) } ?? unset)</td>"
                + "<td class=\"steps\">\(p.stepsDone)/5 \(Self.dots(p.stepsDone, of: 5, dots: 5))</td>"
                + "<td class=\"n\">\(errors)</td></tr>"
        }
        let header = [
            th("report.file"), th("report.planTitle"), th("report.date"), th("report.completeness"),
            th("report.errors", "n"),
        ]
        return section(t("report.plans"), "plans", header, rows)
    }

    /// Every impact, missed and behind first, each with its plan's title and file, its chart and state.
    private func impacts(_ all: [(file: String, line: PlanFigures.ImpactLine)]) -> [String] {
        let titles = Dictionary(portfolio.plans.map { ($0.file, $0.title) }, uniquingKeysWith: { a, _ in a })
        let label = t("report.html.chart")
        let unset = unset
        var rows: [String] = []
        rows.reserveCapacity(all.count)
        for (file, m) in all {
            let plan = (titles[file] ?? nil).map { e($0) + "<span class=\"sub\">\(e(file))</span>" } ?? e(file)
            let chart = ImpactChart(baseline: m.baseline, target: m.target, latest: m.latest).render(label: label)
            var latest = unset
            if let v = m.latest {
                latest = e(Texts.rounded(v) + (m.unit.map { " " + $0 } ?? ""))
                if let d = m.latestDate { latest += "<span class=\"sub\">\(e(t.date(d)))</span>" }
            }
            let percent = m.percent.map { e(t.percentOfWay($0)) } ?? unset
            let state = m.state.map { "<span class=\"state \($0.rawValue)\">\(e(t.state($0)))</span>" } ?? unset
            rows.append(
                "<tr><td>\(plan)</td><td>\(e(m.id))</td><td>\(e(m.metric))</td>"
                    + "<td class=\"chart\">\(chart ?? unset)</td><td>\(latest)</td>"
                    + "<td class=\"n\">\(percent)</td><td>\(state)</td></tr>")
        }
        // The chart's column is headed by its key: which bar is which.
        let key = [
            ("baseline", "report.html.baseline"), ("latest", "report.html.latest"), ("target", "report.html.target"),
        ]
        .map { bar, text in "<span class=\"key\"><span class=\"swatch \(bar)\"></span>\(e(t(text)))</span>" }
        let header = [
            th("report.plan"), th("md.id"), th("md.progress.metric"),
            "<th class=\"chart\">" + key.joined(separator: " ") + "</th>",
            th("md.progress.latest"), th("md.progress.percent", "n"), th("md.progress.state"),
        ]
        return section(t("report.impacts"), "impacts", header, rows)
    }

    private func behaviours() -> [String] {
        let rows = portfolio.behaviours.map { b in
            "<tr><td>\(e(t.behaviour(b.behaviour)))</td>"
                + "<td class=\"n\">\(b.chosen)</td><td>\(Self.dots(b.chosen, of: portfolio.plans.count, dots: 10))</td>"
                + "<td class=\"n\">\(b.first)</td></tr>"
        }
        let header = [
            th("md.behaviour"), th("report.chosen", "n"), th("report.shareOfPlans"), th("report.rankedFirst", "n"),
        ]
        return section(t("report.behaviours"), "behaviours", header, rows)
    }

    private func roles() -> [String] {
        let rows = portfolio.roles.map { r in
            let name = r.role.map { t.choice(.roles, $0.rawValue) } ?? t("report.noRole")
            return "<tr><td>\(e(name))</td><td class=\"n\">\(r.segments)</td></tr>"
        }
        return section(t("report.roles"), "roles", [th("report.role"), th("report.segments", "n")], rows)
    }

    /// Interaction areas, only where some plan records them, as in the Markdown report.
    private func areas() -> [String] {
        let areas = portfolio.areas
        if areas.isEmpty { return [] }
        let rows = areas.map {
            "<tr><td>\(e(t.choice(.areas, $0.area)))</td><td class=\"n\">\($0.concepts)</td></tr>"
        }
        return section(t("report.areas"), "areas", [th("report.area"), th("report.concepts", "n")], rows)
    }

    private func skipped() -> [String] {
        let rows = portfolio.skipped.map { "<tr><td>\(e($0.file))</td><td>\(e($0.reason))</td></tr>" }
        return section(t("report.skipped"), "skipped", [th("report.file"), th("report.reason")], rows)
    }
}
