extension MarkdownExporter {
    /// The handout's progress section: a table of every impact's latest actual, percent of the way
    /// and state; none until the first check-in, so a workshop's handout stays as it was.
    func progressSection() -> [String] {
        let report = ProgressReport(plan: plan, today: context.today, texts: t)
        guard report.hasCheckIns else { return [] }
        let header = [
            t("md.id"), t("md.progress.metric"), t("md.progress.latest"), t("md.progress.percent"),
            t("md.progress.state"),
        ]
        var lines = ["## " + t("md.heading.progress"), "", row(header), row(header.map { _ in "---" })]
        for p in report.impacts {
            let latest = p.latest.map { Texts.rounded($0.value) + " (" + t.date($0.date) + ")" } ?? "—"
            lines.append(
                row([p.impact.id, Self.inline(p.impact.metric), latest, t.percentOfWay(p.percent), t.state(p.state)]))
        }
        return lines + [""]
    }
}
