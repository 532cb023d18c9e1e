extension MarkdownExporter {
    /// The handout's progress section: a table of every impact's latest actual, percent of the way
    /// and state; none until the first check-in, so a workshop's handout stays as it was.
    func progressSection(_ out: inout MarkdownText) {
        let report = ProgressReport(plan: plan, today: context.today, texts: t)
        guard report.hasCheckIns else { return }
        let header = [
            t("md.id"), t("md.progress.metric"), t("md.progress.latest"), t("md.progress.percent"),
            t("md.progress.state"),
        ]
        out.line("## " + t("md.heading.progress"))
        out.line()
        row(&out, header)
        row(&out, header.map { _ in "---" })
        for p in report.impacts {
            out.write("| " + p.impact.id + " | ")
            out.inline(p.impact.metric)
            out.write(" | ")
            out.write(t.latestCell(p.latest))
            out.line(" | " + t.percentCell(p.percent) + " | " + t.stateCell(p.state) + " |")
        }
        out.line()
    }
}
