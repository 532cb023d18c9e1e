/// The exports of a plan.
public enum Exporter {
    public static func export(_ plan: Plan, as format: ExportFormat, context: CheckContext, texts: Texts) -> String {
        switch format {
        case .json: PlanCodec.encode(plan)
        case .md: MarkdownExporter(plan: plan, context: context, texts: texts).render()
        }
    }
}
