/// The exports of a plan.
public enum Exporter {
    /// `source` names the file the plan came from, for a handout's footer.
    public static func export(
        _ plan: Plan, as format: ExportFormat, context: CheckContext, texts: Texts, source: String? = nil
    ) -> String {
        switch format {
        case .json: PlanCodec.encode(plan)
        case .md: MarkdownExporter(plan: plan, context: context, texts: texts).render()
        case .html: HTMLExporter(plan: plan, context: context, texts: texts, source: source).render()
        }
    }
}
