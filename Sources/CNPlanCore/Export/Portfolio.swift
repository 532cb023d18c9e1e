/// What the portfolio keeps of one plan: its figures, never the plan, so that a report over
/// thousands of files holds only these while it reads.
public struct PlanFigures: Sendable {
    /// One impact's line in the portfolio: a few numbers, enough for its row and its chart.
    public struct ImpactLine: Sendable {
        public var id: String
        public var metric: String
        public var unit: String?
        public var baseline: Double?
        /// The target as a number, a relative one resolved against the baseline.
        public var target: Double?
        /// The latest check-in's value and day; the earlier ones are not kept.
        public var latest: Double?
        public var latestDate: PlanDate?
        public var percent: Double?
        public var state: TrackState?
    }

    /// The file, as found under the folder.
    public var file: String
    public var title: String?
    public var date: PlanDate?
    /// Steps of the five with every answer given.
    public var stepsDone: Int
    public var errors: Int
    public var impacts: [ImpactLine]
    /// Chosen behaviours in rank order.
    public var behaviours: [Behaviour]
    /// Each segment's role; nil for a segment without one.
    public var roles: [Role?]
    /// Each concept's interaction area, where the plan records one in a concept field `area`.
    public var areas: [String]

    public init(file: String, plan: Plan, today: PlanDate) {
        self.file = file
        title = plan.title
        date = plan.startDate
        stepsDone = Progress.completeSteps(of: plan)
        let context = CheckContext(today: today)
        errors = Self.errorChecks.reduce(0) { $0 + $1.findings(in: plan, context: context).count }
        impacts = ImpactProgress.all(in: plan, today: today).map {
            ImpactLine(
                id: $0.impact.id, metric: $0.impact.metric, unit: $0.impact.unit, baseline: $0.impact.baseline,
                target: $0.impact.resolvedTarget, latest: $0.latest?.value, latestDate: $0.latest?.date,
                percent: $0.percent, state: $0.state)
        }
        behaviours = plan.behaviours.map(\.name)
        roles = plan.segments.map(\.role)
        // A concept names one area or several (the field is a list of choices); each counts.
        let area = Concept.fields.first { $0.info.key == "area" }
        areas = plan.concepts.flatMap { c -> [String] in
            switch area?.get(c) {
            case .choices(let list)?: return list
            case .choice(let a)?, .text(let a)?: return [a]
            default: return []
            }
        }
    }
}

extension PlanFigures {
    /// The checks whose findings are errors: the only ones a portfolio counts.
    static let errorChecks = Checks.all.filter { type(of: $0).severity == .error }
}

extension Progress {
    /// How many of the five steps are complete: what `status` calls complete, one definition of it.
    /// Counted without listing what is missing, as `status` does: a portfolio asks it of
    /// every plan in a folder. A test keeps the two in step.
    static func completeSteps(of plan: Plan) -> Int {
        func complete<Item>(_ items: [Item], _ fields: [Field<Item>]) -> Bool {
            let counted = fields.filter(\.info.need.isCounted)
            return !items.isEmpty && !counted.isEmpty
                && items.allSatisfy { item in counted.allSatisfy { $0.get(item) != nil } }
        }
        let steps = [
            complete([plan], Plan.fields), complete(plan.segments, Segment.fields),
            complete(plan.behaviours, BehaviourChoice.fields), complete(plan.concepts, Concept.fields),
            complete(plan.impacts, Impact.fields),
        ]
        return steps.filter { $0 }.count
    }
}

/// A file under the folder that is not a readable plan, and why.
public struct SkippedFile: Sendable {
    public var file: String
    public var reason: String
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }
}

/// Every plan of a folder at once: `cnplan report`. Pure: the files are read elsewhere and their
/// figures handed in.
public struct Portfolio: Sendable {
    public var folder: String
    public var plans: [PlanFigures]
    public var skipped: [SkippedFile]

    /// Plans and skipped files in file order, so a report is the same however it was read.
    public init(folder: String, plans: [PlanFigures], skipped: [SkippedFile]) {
        self.folder = folder
        self.plans = plans.sorted { $0.file < $1.file }
        self.skipped = skipped.sorted { $0.file < $1.file }
    }

    /// Every impact across plans with its plan's file: missed and behind first, unmeasured last.
    public var impacts: [(file: String, line: PlanFigures.ImpactLine)] {
        // One bucket a state, filled in file order: no sort over hundreds of thousands of lines.
        let unjudged = TrackState.allCases.count
        var buckets = Array(repeating: [(file: String, line: PlanFigures.ImpactLine)](), count: unjudged + 1)
        for p in plans {
            for m in p.impacts { buckets[m.state?.urgency ?? unjudged].append((p.file, m)) }
        }
        return buckets.flatMap { $0 }
    }

    /// How often each behaviour is chosen and ranked first, in the method's order.
    public var behaviours: [(behaviour: Behaviour, chosen: Int, first: Int)] {
        var chosen: [Behaviour: Int] = [:]
        var first: [Behaviour: Int] = [:]
        for p in plans {
            for b in p.behaviours { chosen[b, default: 0] += 1 }
            if let b = p.behaviours.first { first[b, default: 0] += 1 }
        }
        return Behaviour.allCases.map { ($0, chosen[$0] ?? 0, first[$0] ?? 0) }
    }

    /// Segments by role, most frequent first; nil counts segments without a role.
    public var roles: [(role: Role?, segments: Int)] {
        var count: [Role?: Int] = [:]
        for p in plans { for r in p.roles { count[r, default: 0] += 1 } }
        let order = Role.allCases.map(Optional.some) + [nil]
        return order.compactMap { r in count[r].map { (r, $0) } }.sorted { $0.segments > $1.segments }
    }

    /// Concepts by interaction area, most frequent first.
    public var areas: [(area: String, concepts: Int)] {
        var count: [String: Int] = [:]
        for p in plans { for a in p.areas { count[a, default: 0] += 1 } }
        return count.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The report as Markdown, in the language of `t`.
    public func markdown(_ t: Texts) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        func table(_ heading: String, _ header: [String], _ rows: [[String]]) -> [String] {
            var out = ["## " + heading, ""]
            if rows.isEmpty { return out + ["_" + t("report.none") + "_", ""] }
            out += [row(header), row(header.map { _ in "---" })]
            out += rows.map(row)
            return out + [""]
        }
        let md = MarkdownExporter.inline
        let empty = t("md.empty")
        let all = impacts
        var out = ["# " + md(t("report.title", ["dir": folder])), ""]
        out += [
            t.list([
                t.plural("report.count.plans", plans.count), t.plural("report.count.skipped", skipped.count),
                t.plural("report.count.impacts", all.count),
            ]), "",
        ]
        out += table(
            t("report.plans"),
            [
                t("report.file"), t("report.planTitle"), t("report.date"), t("report.completeness"),
                t("report.errors"),
            ],
            plans.map {
                [
                    md($0.file), $0.title.map(md) ?? empty, $0.date.map(t.date) ?? empty, "\($0.stepsDone)/5",
                    String($0.errors),
                ]
            })
        out += table(
            t("report.impacts"),
            [
                t("report.plan"), t("md.id"), t("md.progress.metric"), t("md.progress.latest"),
                t("md.progress.percent"), t("md.progress.state"),
            ],
            all.map {
                [
                    md($0.file), $0.line.id, md($0.line.metric), $0.line.latest.map(Texts.rounded) ?? empty,
                    t.percentCell($0.line.percent), t.stateCell($0.line.state),
                ]
            })
        out += table(
            t("report.behaviours"), [t("md.behaviour"), t("report.chosen"), t("report.rankedFirst")],
            behaviours.map { [t.behaviour($0.behaviour), String($0.chosen), String($0.first)] })
        out += table(
            t("report.roles"), [t("report.role"), t("report.segments")],
            roles.map { [$0.role.map { t.choice(.roles, $0.rawValue) } ?? t("report.noRole"), String($0.segments)] })
        if !areas.isEmpty {
            out += table(
                t("report.areas"), [t("report.area"), t("report.concepts")],
                areas.map { [md(t.choice(.areas, $0.area)), String($0.concepts)] })
        }
        out += table(
            t("report.skipped"), [t("report.file"), t("report.reason")], skipped.map { [md($0.file), md($0.reason)] })
        return out.joined(separator: "\n")
    }

    /// The report as JSON, `cnplan.portfolio` version 1 (docs/format.md).
    public func json() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("format", "cnplan.portfolio")
        w.int("version", 1)
        w.string("folder", folder)
        w.beginArray("plans")
        for p in plans {
            w.beginObject()
            w.string("file", p.file)
            w.string("title", p.title)
            w.string("date", p.date?.description)
            w.int("stepsDone", p.stepsDone)
            w.int("errors", p.errors)
            w.endObject()
        }
        w.endArray()
        w.beginArray("behaviours")
        for b in behaviours {
            w.beginObject()
            w.string("name", b.behaviour.rawValue)
            w.int("chosen", b.chosen)
            w.int("rankedFirst", b.first)
            w.endObject()
        }
        w.endArray()
        w.beginArray("roles")
        for r in roles {
            w.beginObject()
            w.string("role", r.role?.rawValue)
            w.int("segments", r.segments)
            w.endObject()
        }
        w.endArray()
        w.beginArray("areas")
        for a in areas {
            w.beginObject()
            w.string("area", a.area)
            w.int("concepts", a.concepts)
            w.endObject()
        }
        w.endArray()
        w.beginArray("skipped")
        for s in skipped {
            w.beginObject()
            w.string("file", s.file)
            w.string("reason", s.reason)
            w.endObject()
        }
        w.endArray()
        // Impacts are the bulk of a large portfolio, and come last: one compact object a line,
        // written directly.
        let all = impacts
        var out = w.text()
        out.reserveCapacity(out.utf8.count + all.count * 96)
        out += ",\n  \"impacts\": ["
        for (n, (file, m)) in all.enumerated() {
            out += n == 0 ? "\n    {\"file\": " : ",\n    {\"file\": "
            JSONWriter.quote(file, into: &out)
            out += ", \"id\": "
            JSONWriter.quote(m.id, into: &out)
            out += ", \"metric\": "
            JSONWriter.quote(m.metric, into: &out)
            if let v = m.latest { out += ", \"latest\": " + formatNumber(v) }
            if let p = m.percent { out += ", \"percent\": " + formatNumber((p * 10).rounded() / 10) }
            if let state = m.state { out += ", \"state\": \"" + state.rawValue + "\"" }
            out += "}"
        }
        return out + (all.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    }
}
