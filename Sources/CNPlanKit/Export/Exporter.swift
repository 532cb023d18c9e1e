/// The exports of a plan.
public enum Exporter {
    public static func export(_ plan: Plan, as format: ExportFormat) -> String {
        switch format {
        case .json: PlanCodec.encode(plan)
        case .md: MarkdownExporter(plan: plan).render()
        }
    }
}
