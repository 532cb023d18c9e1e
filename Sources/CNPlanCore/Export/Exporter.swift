/// The exports of a plan.
public enum Exporter {
    /// `source` names the file the plan came from, for a handout's footer.
    public static func export(
        _ plan: Plan, as format: ExportFormat, context: CheckContext, texts: Texts, source: String? = nil
    ) -> [UInt8] {
        // Bytes, as they are written: a plan's JSON is never a String (see `PlanCodec.bytes`).
        switch format {
        case .json: PlanCodec.bytes(plan)
        case .md: MarkdownExporter(plan: plan, context: context, texts: texts).bytes()
        case .html: Array(HTMLExporter(plan: plan, context: context, texts: texts, source: source).render().utf8)
        }
    }
}
