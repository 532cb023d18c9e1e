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

    /// The export in parts to be written one after the other (see `MarkdownExporter.parts`): the
    /// Markdown handout of a large plan comes in two, every other export in one.
    public static func parts(
        _ plan: Plan, as format: ExportFormat, context: CheckContext, texts: Texts, source: String? = nil
    ) -> [[UInt8]] {
        guard format == .md else { return [export(plan, as: format, context: context, texts: texts, source: source)] }
        return MarkdownExporter(plan: plan, context: context, texts: texts).parts()
    }
}
