import CNPlanCore
import CNPlanKit

/// `cnplan diff` and `cnplan merge`: breakout plans compared and merged from the shell.
extension Program {
    /// `cnplan diff A B [--format json]`: exit 0 when the plans are the same, 1 when they differ,
    /// 2 when a file is not a plan (as diff(1)).
    static func diff(_ args: [String], _ t: Texts) -> Int32 {
        let given: Arguments
        do { given = try Arguments.read(args, values: ["--format"], t) } catch { return error.status }
        let files = given.files
        guard ["json", "text", nil].contains(given.format) else {
            return usageError("cli.diffFormat", ["format": given.values["--format"]!], t)
        }
        let json = given.format == "json"
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
        let given: Arguments
        do { given = try Arguments.read(args, values: ["--output"], flags: ["--theirs"], t) } catch {
            return error.status
        }
        let files = given.files
        let output = given.values["--output"]
        let theirs = given.flags.contains("--theirs")
        guard files.count >= 2, let output else { return usageError("cli.mergeNeedsFiles", [:], t) }
        do {
            var plans: [Plan] = []
            for f in files { plans.append(try SessionFile.load(f)) }
            var plan = plans[0]
            for (f, other) in zip(files.dropFirst(), plans.dropFirst()) {
                let result = PlanMerge.merge(other, into: plan, source: f, parts: Set(PlanMerge.order), theirs: theirs)
                let after = try apply(.merge(result), to: plan)
                print(DiffText(texts: t).outcome(result, after: after))
                plan = after
            }
            try writeOutput(output, try SessionFile.encode(plan), t)
            return 0
        } catch {
            fail(error, t)
            return 2
        }
    }
}
