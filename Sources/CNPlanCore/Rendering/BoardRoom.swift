/// Who was there, on the board under the plan's title.
extension Board {
    /// `date: 2026-11-23` … lines for the workshop fields that are set; empty when none is.
    func workshop() -> [String] {
        let rows: [(String, String?)] = Plan.workshopFields.compactMap { f in
            f.get(plan).map { (t.label(f.info), t.display(f.info, $0, names: plan.name(of:))) }
        }
        return rows.isEmpty ? [] : [fields(rows, indent: 0, showMissing: false)]
    }
}
