import CNPlanCore
import CNPlanKit

/// `cnplan diff` and `cnplan merge`: breakout plans compared and merged from the shell.
extension Program {
    /// `cnplan diff A B [--format json]`: exit 0 when the plans are the same, 1 when they differ,
    /// 2 when a file is not a plan (as diff(1)).
    static func diff(_ args: [String], _ t: Texts) -> Int32 {
        var files: [String] = []
        var json = false
        var i = 0
        while i < args.count {
            if args[i] == "--format" || args[i] == "-f" {
                guard i + 1 < args.count else { return usageError("cli.needsValue", ["option": args[i]], t) }
                switch args[i + 1].lowercased() {
                case "json": json = true
                case "text": json = false
                default: return usageError("cli.diffFormat", ["format": args[i + 1]], t)
                }
                i += 2
                continue
            }
            if args[i].hasPrefix("-") { return usageError("cli.unknownOption", ["option": args[i]], t) }
            files.append(args[i])
            i += 1
        }
        guard files.count == 2 else { return usageError("cli.diffTakesTwoFiles", [:], t) }
        do {
            let a = try SessionFile.load(files[0])
            let b = try SessionFile.load(files[1])
            let d = PlanDiff(from: a, to: b)
            let names = (files[0], files[1])
            if json {
                Terminal.write(DiffText.json(d, names: names), to: 1)
            } else {
                print(DiffText(texts: t).text(d, from: a, to: b, names: names))
            }
            return d.isEmpty ? 0 : 1
        } catch {
            fail(error, t)
            return 2
        }
    }

    /// `cnplan merge BASE OTHER... --output PATH [--theirs]`: every plan is read before anything
    /// is written, so a file that is not a plan leaves no half-merged output.
    static func merge(_ args: [String], _ t: Texts) -> Int32 {
        var files: [String] = []
        var output: String?
        var theirs = false
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--output", "-o":
                guard i + 1 < args.count else { return usageError("cli.needsValue", ["option": args[i]], t) }
                output = args[i + 1]
                i += 1
            case "--theirs": theirs = true
            case let a where a.hasPrefix("-"): return usageError("cli.unknownOption", ["option": a], t)
            default: files.append(args[i])
            }
            i += 1
        }
        guard files.count >= 2, let output else { return usageError("cli.mergeNeedsFiles", [:], t) }
        do {
            var plans: [Plan] = []
            for f in files { plans.append(try SessionFile.load(f)) }
            var plan = plans[0]
            for (f, other) in zip(files.dropFirst(), plans.dropFirst()) {
                let result = PlanMerge.merge(other, into: plan, source: f, parts: Set(PlanMerge.order), theirs: theirs)
                let after = try apply(.merge(result), to: plan)
                print(
                    result.isEmpty
                        ? t("merge.nothing", ["file": Board.safe(f)]) : DiffText(texts: t).preview(result, after: after)
                )
                plan = after
            }
            try SessionFile.save(plan, to: output)
            return 0
        } catch {
            fail(error, t)
            return 2
        }
    }
}
